public class C207_Sieve {
    static boolean[] sieve(int n) {
        boolean[] composite = new boolean[n + 1];
        composite[0] = composite[1] = true;
        for (int i = 2; (long) i * i <= n; i++) if (!composite[i]) for (int j = i * i; j <= n; j += i) composite[j] = true;
        return composite;
    }
    static int[] segmentedCount(int limit, int segment) {
        int sq = (int) Math.sqrt(limit);
        boolean[] small = sieve(sq);
        int[] counts = new int[(limit + segment) / segment];
        for (int lo = 0; lo <= limit; lo += segment) {
            int hi = Math.min(lo + segment - 1, limit);
            boolean[] seg = new boolean[hi - lo + 1];
            for (int p = 2; p <= sq; p++) {
                if (small[p]) continue;
                int start = Math.max(p * p, (lo + p - 1) / p * p);
                for (int j = start; j <= hi; j += p) seg[j - lo] = true;
            }
            int c = 0;
            for (int i = 0; i < seg.length; i++) if (!seg[i] && lo + i >= 2) c++;
            counts[lo / segment] = c;
        }
        return counts;
    }
    public static void main(String[] args) {
        int n = 200000;
        boolean[] comp = sieve(n);
        int count = 0; long sum = 0; int last = 0, twin = 0, maxGap = 0, gapAt = 0, prev = 2;
        StringBuilder first = new StringBuilder();
        for (int i = 2; i <= n; i++) {
            if (comp[i]) continue;
            count++; sum += i;
            if (count <= 25) first.append(i).append(' ');
            if (i - prev == 2) twin++;
            if (i - prev > maxGap) { maxGap = i - prev; gapAt = prev; }
            prev = i; last = i;
        }
        System.out.println("first 25: " + first.toString().trim());
        System.out.println("count=" + count + " sum=" + sum + " last=" + last + " twins=" + twin + " maxGap=" + maxGap + " after " + gapAt);
        for (int p = 10; p <= n; p *= 10) { int c = 0; for (int i = 2; i <= p; i++) if (!comp[i]) c++; System.out.println("pi(" + p + ")=" + c); }
        int[] segs = segmentedCount(n, 25000);
        int tot = 0; StringBuilder sb = new StringBuilder();
        for (int c : segs) { tot += c; sb.append(c).append(' '); }
        System.out.println("segments: " + sb.toString().trim() + " total=" + tot + " agrees=" + (tot == count));
        int goldbachFails = 0;
        for (int e = 4; e <= 10000; e += 2) { boolean ok = false; for (int p = 2; p <= e / 2; p++) if (!comp[p] && !comp[e - p]) { ok = true; break; } if (!ok) goldbachFails++; }
        System.out.println("goldbach failures up to 10000: " + goldbachFails);
    }
}
