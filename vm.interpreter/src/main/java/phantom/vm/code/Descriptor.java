package phantom.vm.code;

/**
 * A method descriptor such as {@code (OI)I}: parameter kinds then the return kind. Kinds: O
 * object, I int, J long, F float, D double; the return may also be V (none). Object parameters
 * arrive in object locals 1.. (0 is {@code this}), numeric ones in integer locals 0.. in order.
 */
public record Descriptor(String params, char ret, int objParams, int intParams) {

    public static Descriptor parse(String d) {
        if (d == null || d.length() < 3 || d.charAt(0) != '(' || d.charAt(d.length() - 2) != ')') {
            throw new IllegalArgumentException("bad method descriptor '" + d + "'");
        }
        String params = d.substring(1, d.length() - 2);
        char ret = d.charAt(d.length() - 1);
        if ("VOIJFD".indexOf(ret) < 0) throw new IllegalArgumentException("bad return kind in '" + d + "'");
        int o = 0, n = 0;
        for (char c : params.toCharArray()) {
            if (c == 'O') o++;
            else if ("IJFD".indexOf(c) >= 0) n++;
            else throw new IllegalArgumentException("bad parameter kind '" + c + "' in '" + d + "'");
        }
        return new Descriptor(params, ret, o, n);
    }

    /** The kinds of the integer parameters, in order. */
    public String intKinds() {
        StringBuilder sb = new StringBuilder();
        for (char c : params.toCharArray()) if (c != 'O') sb.append(c);
        return sb.toString();
    }

    public boolean returnsObject() { return ret == 'O'; }

    public boolean returnsNumber() { return ret != 'O' && ret != 'V'; }
}
