import java.util.*;
public class C213_BankThreads {
    static final class Bank {
        private final long[] balances; private int transfers, rejected;
        Bank(int n, long initial) { balances = new long[n]; Arrays.fill(balances, initial); }
        boolean transfer(int from, int to, long amt) {
            if (from == to) return false;
            Object first = lockFor(Math.min(from, to)), second = lockFor(Math.max(from, to));
            synchronized (first) { synchronized (second) {
                if (balances[from] < amt) { synchronized (this) { rejected++; } return false; }
                balances[from] -= amt; balances[to] += amt;
                synchronized (this) { transfers++; }
                return true;
            } }
        }
        final Object[] locks = new Object[16];
        { for (int i = 0; i < locks.length; i++) locks[i] = new Object(); }
        Object lockFor(int acct) { return locks[acct]; }
        synchronized long total() { long t = 0; for (long b : balances) t += b; return t; }
    }
    public static void main(String[] args) throws InterruptedException {
        Bank bank = new Bank(16, 1000);
        Thread[] tellers = new Thread[4];
        int[] done = new int[tellers.length];
        for (int t = 0; t < tellers.length; t++) {
            final int id = t;
            tellers[t] = new Thread(() -> {
                Random r = new Random(id * 31 + 7);
                int ok = 0;
                for (int i = 0; i < 2000; i++) if (bank.transfer(r.nextInt(16), r.nextInt(16), 1 + r.nextInt(300))) ok++;
                done[id] = ok;
            }, "teller-" + t);
            tellers[t].start();
        }
        for (Thread t : tellers) t.join();
        System.out.println("total conserved: " + (bank.total() == 16 * 1000L) + " total=" + bank.total());
        int sumOk = 0; for (int d : done) sumOk += d;
        System.out.println("transfers counted consistently: " + (sumOk == bank.transfers) + " all attempts accounted: " + (bank.transfers + bank.rejected + countSelf() == 8000));
        long min = Long.MAX_VALUE; for (long b : bank.balances) min = Math.min(min, b);
        System.out.println("no negative balance: " + (min >= 0));
        Bank serial = new Bank(4, 100);
        System.out.println(serial.transfer(0, 1, 50) + " " + serial.transfer(1, 2, 200) + " " + serial.transfer(2, 2, 1) + " " + serial.transfer(3, 0, 100));
        System.out.println(Arrays.toString(serial.balances) + " transfers=" + serial.transfers + " rejected=" + serial.rejected);
    }
    static int countSelf() {
        int self = 0;
        for (int id = 0; id < 4; id++) { Random r = new Random(id * 31 + 7); for (int i = 0; i < 2000; i++) { int a = r.nextInt(16), b = r.nextInt(16); r.nextInt(300); if (a == b) self++; } }
        return self;
    }
}
