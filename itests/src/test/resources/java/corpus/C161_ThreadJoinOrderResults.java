import java.util.*;
public class C161_ThreadJoinOrderResults {
    static boolean isPrime(int n) { if (n < 2) return false; for (int d = 2; d * d <= n; d++) if (n % d == 0) return false; return true; }
    public static void main(String[] args) throws InterruptedException {
        int parts = 4, limit = 40000;
        int[] counts = new int[parts];
        List<List<Integer>> tails = new ArrayList<>();
        Thread[] ts = new Thread[parts];
        for (int p = 0; p < parts; p++) {
            final int id = p;
            List<Integer> tail = new ArrayList<>();
            tails.add(tail);
            ts[p] = new Thread(() -> {
                int lo = id * limit / parts, hi = (id + 1) * limit / parts;
                for (int n = lo; n < hi; n++) if (isPrime(n)) { counts[id]++; tail.add(n); if (tail.size() > 3) tail.remove(0); }
            }, "primes-" + p);
        }
        for (Thread t : ts) t.start();
        for (Thread t : ts) t.join();
        int total = 0;
        for (int p = 0; p < parts; p++) { total += counts[p]; System.out.println(ts[p].getName() + " count=" + counts[p] + " last3=" + tails.get(p)); }
        System.out.println("total primes below " + limit + ": " + total);
        StringBuffer shared = new StringBuffer();
        Thread[] letters = new Thread[3];
        for (int i = 0; i < 3; i++) { final char ch = (char) ('a' + i); letters[i] = new Thread(() -> { for (int k = 0; k < 50; k++) shared.append(ch); }); letters[i].start(); }
        for (Thread t : letters) t.join();
        int[] freq = new int[3];
        for (int i = 0; i < shared.length(); i++) freq[shared.charAt(i) - 'a']++;
        System.out.println("StringBuffer appends " + shared.length() + " " + Arrays.toString(freq));
        Thread t = new Thread(() -> {});
        t.start(); t.join(); t.join();
        System.out.println("double join ok, alive=" + t.isAlive() + " state=" + t.getState());
    }
}
