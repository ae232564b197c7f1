import java.util.*;
public class C132_InterfaceStaticState {
    interface Plugin {
        List<String> REGISTRY = new ArrayList<>();
        String id();
        default void register() { REGISTRY.add(id()); }
        static int count() { return REGISTRY.size(); }
    }
    interface Priced { int price(); default boolean cheap() { return price() < 10; } }
    interface Named { String name(); default String label() { return "<" + name() + ">"; } }
    static class Product implements Named, Priced, Comparable<Product> {
        final String n; final int p;
        Product(String n, int p) { this.n = n; this.p = p; }
        public String name() { return n; }
        public int price() { return p; }
        public int compareTo(Product o) { return Integer.compare(p, o.p); }
        public String toString() { return label() + p + (cheap() ? "(cheap)" : ""); }
    }
    public static void main(String[] args) {
        Plugin a = () -> "alpha", b = () -> "beta";
        a.register(); b.register(); a.register();
        System.out.println(Plugin.REGISTRY + " " + Plugin.count());
        List<Product> ps = new ArrayList<>(List.of(new Product("tea", 4), new Product("cake", 12), new Product("gum", 1)));
        Collections.sort(ps);
        System.out.println(ps);
        Named n = ps.get(1);
        Priced pr = ps.get(2);
        System.out.println(n.label() + " " + pr.cheap() + " " + ((Comparable<Product>) ps.get(0)).compareTo(ps.get(2)));
        List<Named> names = new ArrayList<>(ps);
        names.add(() -> "lambda-named");
        StringBuilder sb = new StringBuilder();
        for (Named x : names) sb.append(x.label());
        System.out.println(sb);
    }
}
