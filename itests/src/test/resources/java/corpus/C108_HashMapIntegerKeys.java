import java.util.*;
public class C108_HashMapIntegerKeys {
    public static void main(String[] args) {
        Map<Integer, String> m = new HashMap<>();
        int[] keys = {100, 3, -7, 42, 0, 17, 1000000, 65536, 16, 33};
        for (int k : keys) m.put(k, "v" + k);
        System.out.println(m);
        System.out.println(m.keySet());
        Map<Integer, Integer> squares = new HashMap<>();
        for (int i = 0; i < 50; i++) squares.put(i * 7 % 50, i);
        StringBuilder sb = new StringBuilder();
        for (int k : squares.keySet()) sb.append(k).append(' ');
        System.out.println(sb.toString().trim());
        Map<Integer, Integer> collatz = new HashMap<>();
        for (int start = 1; start <= 30; start++) { int n = start, steps = 0; while (n != 1) { n = n % 2 == 0 ? n / 2 : 3 * n + 1; steps++; } collatz.merge(steps, 1, Integer::sum); }
        System.out.println(collatz);
        Map<Long, Double> lm = new HashMap<>();
        lm.put(1L << 40, 1.5); lm.put(-1L, 2.5); lm.put(5L, 3.5);
        System.out.println(lm + " " + lm.get(5L) + " " + lm.get(5));
        Map<Character, Integer> cm = new HashMap<>();
        for (char c : "hello world".toCharArray()) cm.merge(c, 1, Integer::sum);
        System.out.println(cm);
        Map<Boolean, String> bm = new HashMap<>();
        bm.put(true, "yes"); bm.put(false, "no");
        System.out.println(bm);
        Map<Integer, String> big = new HashMap<>();
        for (int i = 0; i < 200; i++) big.put(i * 31, Integer.toString(i));
        int acc = 0; for (Map.Entry<Integer, String> e : big.entrySet()) acc = acc * 7 + e.getKey() ^ e.getValue().length();
        System.out.println(big.size() + " order-hash=" + acc);
    }
}
