import java.util.*;
public class C110_HashSetOps {
    public static void main(String[] args) {
        Set<String> a = new HashSet<>(List.of("apple", "banana", "cherry", "date"));
        Set<String> b = new HashSet<>(List.of("cherry", "date", "elder", "fig"));
        System.out.println(a + " " + b);
        Set<String> union = new HashSet<>(a); union.addAll(b);
        Set<String> inter = new HashSet<>(a); inter.retainAll(b);
        Set<String> diff = new HashSet<>(a); diff.removeAll(b);
        System.out.println("union " + union + " inter " + inter + " diff " + diff);
        System.out.println(a.add("apple") + " " + a.add("grape") + " " + a.remove("banana") + " " + a.remove("kiwi") + " " + a.size());
        System.out.println(a.contains("grape") + " " + a.containsAll(inter) + " " + a.equals(new HashSet<>(List.of("apple", "cherry", "date", "grape"))));
        Set<Integer> nums = new HashSet<>();
        for (int i = 0; i < 40; i++) nums.add((i * i) % 17);
        System.out.println(nums + " size " + nums.size());
        Set<Integer> big = new HashSet<>();
        for (int i = 0; i < 100; i++) big.add(i * 1009 % 257);
        StringBuilder sb = new StringBuilder();
        int cnt = 0; for (int x : big) { if (cnt++ < 20) sb.append(x).append(','); }
        System.out.println(big.size() + " first20: " + sb);
        Set<Character> cs = new HashSet<>();
        for (char c : "the quick brown fox".toCharArray()) cs.add(c);
        System.out.println(cs);
        List<String> dupes = List.of("x", "y", "x", "z", "y", "x");
        Set<String> seen = new HashSet<>(), dup = new TreeSet<>();
        for (String s : dupes) if (!seen.add(s)) dup.add(s);
        System.out.println("dups " + dup + " hash " + seen.hashCode());
    }
}
