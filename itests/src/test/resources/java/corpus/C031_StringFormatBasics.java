public class C031_StringFormatBasics {
    static String pad(String s, int w) { StringBuilder sb = new StringBuilder(s); while (sb.length() < w) sb.insert(0, ' '); return sb.toString(); }
    static String fixed(double v, int decimals) {
        long scale = 1; for (int i = 0; i < decimals; i++) scale *= 10;
        long r = Math.round(Math.abs(v) * scale);
        String frac = Long.toString(r % scale);
        while (frac.length() < decimals) frac = "0" + frac;
        return (v < 0 ? "-" : "") + (r / scale) + "." + frac;
    }
    public static void main(String[] args) {
        String[] names = {"alpha", "be", "gamma-ray", "d"};
        int[] vals = {1, 200, 30, 4000};
        for (int i = 0; i < names.length; i++) System.out.println(pad(names[i], 10) + "|" + pad(Integer.toString(vals[i]), 6) + "|");
        double[] ds = {3.14159, -2.71828, 0.005, 100, 1.995};
        for (double d : ds) System.out.println(fixed(d, 2) + " " + fixed(d, 4));
        StringBuilder table = new StringBuilder();
        for (int r = 1; r <= 5; r++) {
            for (int c = 1; c <= 5; c++) table.append(pad(Integer.toString(r * c), 4));
            table.append('\n');
        }
        System.out.print(table);
        System.out.println("tab\tsep\\back\"quote'single");
        String u = "\u0041\u00df\u03a9"; System.out.println("unicode: " + u.length() + " " + (int) u.charAt(1) + " " + (int) u.charAt(2));
    }
}
