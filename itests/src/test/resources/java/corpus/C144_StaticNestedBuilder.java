import java.util.*;
public class C144_StaticNestedBuilder {
    static final class Pizza {
        private final String size; private final List<String> toppings; private final boolean extraCheese; private final int slices;
        private Pizza(Builder b) { size = b.size; toppings = List.copyOf(b.toppings); extraCheese = b.extraCheese; slices = b.slices; }
        static Builder builder(String size) { return new Builder(size); }
        static final class Builder {
            private final String size; private final List<String> toppings = new ArrayList<>(); private boolean extraCheese; private int slices = 8;
            private Builder(String s) { size = s; }
            Builder topping(String t) { toppings.add(t); return this; }
            Builder extraCheese() { extraCheese = true; return this; }
            Builder slices(int n) { if (n <= 0) throw new IllegalArgumentException("slices must be positive: " + n); slices = n; return this; }
            Pizza build() { return new Pizza(this); }
        }
        int price() { return switch (size) { case "S" -> 8; case "M" -> 10; case "L" -> 13; default -> 20; } + toppings.size() * 2 + (extraCheese ? 1 : 0); }
        @Override public String toString() { return size + toppings + (extraCheese ? "+cheese" : "") + "/" + slices + " $" + price(); }
    }
    public static void main(String[] args) {
        System.out.println(Pizza.builder("M").topping("ham").topping("olive").build());
        System.out.println(Pizza.builder("L").extraCheese().slices(12).build());
        System.out.println(Pizza.builder("XL").topping("a").topping("b").topping("c").extraCheese().build());
        Pizza.Builder b = Pizza.builder("S");
        Pizza p1 = b.topping("x").build();
        Pizza p2 = b.topping("y").build();
        System.out.println(p1 + " " + p2);
        try { Pizza.builder("S").slices(0); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { p1.toppings.add("z"); } catch (UnsupportedOperationException e) { System.out.println("immutable toppings"); }
    }
}
