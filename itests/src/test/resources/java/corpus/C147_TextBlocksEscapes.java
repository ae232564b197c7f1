public class C147_TextBlocksEscapes {
    public static void main(String[] args) {
        String tb = """
            Hello,
              indented line
            "quotes" and \\ backslash
            tab:\there
            joined \
            line
            trailing space:\s
            """;
        System.out.print(tb);
        System.out.println("len=" + tb.length() + " lines=" + tb.lines().count());
        String esc = "a\tb\nc\rd\\e\"f\'g\u0041\101\0end";
        StringBuilder codes = new StringBuilder();
        for (char c : esc.toCharArray()) codes.append((int) c).append(' ');
        System.out.println(codes.toString().trim());
        System.out.println("octal \101\102\103 unicode \u0044\u0045");
        System.out.println("stripIndent:[" + "   a\n     b\n   c".stripIndent() + "]");
        System.out.println("translateEscapes:[" + "x\\ty\\n".translateEscapes().replace('\n', '|').replace('\t', '_') + "]");
        System.out.println("indent:[" + "p\nq".indent(2).replace('\n', '/') + "]");
    }
}
