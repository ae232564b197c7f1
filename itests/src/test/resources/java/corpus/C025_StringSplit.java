public class C025_StringSplit {
    static void show(String label, String[] parts) {
        StringBuilder sb = new StringBuilder(label).append(" n=").append(parts.length).append(':');
        for (String p : parts) sb.append(" [").append(p).append(']');
        System.out.println(sb);
    }
    public static void main(String[] args) {
        show("comma", "a,b,c".split(","));
        show("trailing", "a,b,,c,,".split(","));
        show("limit-1", "a,b,,c,,".split(",", -1));
        show("limit2", "a,b,c,d".split(",", 2));
        show("leading", ",a,b".split(","));
        show("spaces", "  the quick   brown fox ".trim().split("\\s+"));
        show("dot", "1.2.3".split("\\."));
        show("pipe", "x|y|z".split("\\|"));
        show("empty", "".split(","));
        show("nosep", "abc".split(","));
        show("chars", "abc".split(""));
        show("regex", "a1b22c333d".split("[0-9]+"));
        String csv = "name=alice;age=30;city=paris";
        for (String kv : csv.split(";")) {
            String[] p = kv.split("=");
            System.out.println(p[0].toUpperCase() + " -> " + p[1]);
        }
        String line = "the cat and the hat and the bat";
        int count = 0;
        for (String w : line.split(" ")) if (w.equals("the")) count++;
        System.out.println("the x" + count);
        System.out.println(String.join("/", "a:b:c".split(":")));
        java.util.StringTokenizer st = new java.util.StringTokenizer("one two\tthree", " \t");
        while (st.hasMoreTokens()) System.out.print(st.nextToken() + ";");
        System.out.println();
        System.out.println("a\nb\nc".lines().count());
    }
}
