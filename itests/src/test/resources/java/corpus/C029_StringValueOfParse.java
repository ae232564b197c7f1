public class C029_StringValueOfParse {
    public static void main(String[] args) {
        String[] ints = {"0", "-0", "123", "-2147483648", "2147483647", "+77", "007"};
        for (String s : ints) System.out.println(s + " -> " + Integer.parseInt(s));
        String[] bad = {"2147483648", "", "12a", " 1", "-", "1.0"};
        for (String s : bad) {
            try { Integer.parseInt(s); System.out.println("parsed?"); }
            catch (NumberFormatException e) { System.out.println("NFE: " + e.getMessage()); }
        }
        System.out.println(Integer.parseInt("ff", 16) + " " + Integer.parseInt("-1010", 2) + " " + Integer.parseInt("zz", 36) + " " + Integer.valueOf("777", 8));
        System.out.println(Long.parseLong("-9223372036854775808") + " " + Long.parseLong("7fffffffffffffff", 16));
        System.out.println(Double.parseDouble("1e3") + " " + Double.parseDouble("-.5") + " " + Double.parseDouble("NaN") + " " + Float.parseFloat("2.5f"));
        System.out.println(Boolean.parseBoolean("TRUE") + " " + Boolean.parseBoolean("yes") + " " + Boolean.parseBoolean(null));
        System.out.println(String.valueOf(-0.0f) + " " + String.valueOf(Long.MAX_VALUE) + " " + String.valueOf(new char[]{'o', 'k'}));
        System.out.println(Integer.toString(255, 16) + " " + Integer.toString(-255, 2) + " " + Long.toString(1L << 40, 36));
        System.out.println(Integer.toOctalString(8) + " " + Integer.toHexString(-1) + " " + Long.toHexString(-2L) + " " + Long.toBinaryString(5L));
        try { Double.parseDouble("abc"); } catch (NumberFormatException e) { System.out.println("NFE double: " + e.getMessage()); }
        try { Long.parseLong(null); } catch (NumberFormatException e) { System.out.println("NFE long: " + e.getMessage()); }
    }
}
