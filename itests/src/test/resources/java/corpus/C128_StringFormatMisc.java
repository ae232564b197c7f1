import java.util.*;
public class C128_StringFormatMisc {
    record Row(String name, int qty, double price) {}
    public static void main(String[] args) {
        List<Row> rows = List.of(new Row("apple", 3, 0.5), new Row("watermelon", 1, 3.25), new Row("fig", 12, 0.2));
        System.out.println(String.format("%-12s %5s %8s", "ITEM", "QTY", "TOTAL"));
        double sum = 0;
        for (Row r : rows) { double t = r.qty() * r.price(); sum += t; System.out.println(String.format("%-12s %5d %8.2f", r.name(), r.qty(), t)); }
        System.out.println(String.format("%-12s %5s %8.2f", "SUM", "", sum));
        System.out.println(String.format("%s|%s|%s", 1, 2.5, List.of("x")));
        System.out.println("%d items, %s".formatted(3, "done"));
        try { String.format("%d", "notanint"); } catch (IllegalFormatException e) { System.out.println("IllegalFormatException " + e.getClass().getName()); }
        try { String.format("%s %s", "one"); } catch (MissingFormatArgumentException e) { System.out.println("missing: " + e.getMessage()); }
        System.out.println(String.format("%n").length() + " " + String.format("%08X", 0xBEEF) + " " + String.format("%-6b|", false));
        System.out.println(String.format("%5c|%-3c|", 'a', 'b') + String.format("%10.4e", 12345.6789));
        System.out.println(String.format(Locale.ROOT, "%,d %.2f", 9876543, 1.005));
    }
}
