import java.util.*;
public class C114_OptionalObjects {
    static Optional<Integer> parse(String s) { try { return Optional.of(Integer.parseInt(s)); } catch (NumberFormatException e) { return Optional.empty(); } }
    public static void main(String[] args) {
        for (String s : new String[]{"12", "x", "-4"}) {
            Optional<Integer> o = parse(s);
            System.out.println(s + ": " + o + " present=" + o.isPresent() + " empty=" + o.isEmpty() + " orElse=" + o.orElse(0) + " map=" + o.map(x -> x * 2) + " filter=" + o.filter(x -> x > 0));
        }
        Optional<String> on = Optional.ofNullable(null);
        System.out.println(on + " " + on.orElseGet(() -> "gen") + " " + Optional.of("v").flatMap(v -> Optional.of(v + v)).get() + " " + on.or(() -> Optional.of("alt")).get());
        try { on.get(); } catch (NoSuchElementException e) { System.out.println("NSEE: " + e.getMessage()); }
        try { on.orElseThrow(() -> new IllegalStateException("custom")); } catch (IllegalStateException e) { System.out.println("ISE: " + e.getMessage()); }
        Optional.of("present").ifPresent(v -> System.out.println("ifPresent " + v));
        on.ifPresentOrElse(v -> System.out.println("no"), () -> System.out.println("ifPresentOrElse empty branch"));
        System.out.println(Optional.of(1).equals(Optional.of(1)) + " " + Optional.empty().equals(Optional.ofNullable(null)) + " " + Optional.of(5).hashCode());
        OptionalInt oi = OptionalInt.of(3); OptionalDouble od = OptionalDouble.empty();
        System.out.println(oi + " " + od + " " + oi.getAsInt() + " " + od.orElse(1.5));
        System.out.println(Objects.requireNonNull("ok") + " " + Objects.requireNonNullElse(null, "else") + " " + Objects.isNull(null) + " " + Objects.nonNull(1));
        try { Objects.requireNonNull(null, "param x"); } catch (NullPointerException e) { System.out.println("NPE: " + e.getMessage()); }
        System.out.println(Objects.equals("a", "a") + " " + Objects.equals(null, "a") + " " + Objects.hash("a", 1) + " " + Objects.hash() + " " + Objects.compare("a", "b", Comparator.naturalOrder()));
        System.out.println(Objects.toString(null) + " " + Objects.checkIndex(2, 5));
        try { Objects.checkIndex(5, 5); } catch (IndexOutOfBoundsException e) { System.out.println("checkIndex: " + e.getMessage()); }
    }
}
