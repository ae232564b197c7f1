import java.util.HashMap;
import java.util.Map;

/**
 * Three tellers move money between accounts of one HashMap, under synchronized, forever; the
 * total never changes. Kill the system with kill -9 at any moment and start it again: the
 * tellers go on from the last snapshot, every account and counter as it was.
 *
 *   ./phantom --no-shell --start examples/Bank.java &   (then kill -9, and ./phantom --no-shell again)
 */
public class Bank {
    static final int ACCOUNTS = 8, START = 1000;
    static final Map<String, Integer> accounts = new HashMap<>();
    static long transfers;

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < ACCOUNTS; i++) accounts.put("acct" + i, START);
        Thread[] tellers = new Thread[3];
        for (int k = 0; k < tellers.length; k++) {
            int id = k;
            tellers[k] = new Thread(() -> work(id), "teller-" + k);
            tellers[k].start();
        }
        for (Thread t : tellers) t.join();
    }

    static void work(int id) {
        for (long n = 1; ; n++) {
            synchronized (accounts) {
                String from = "acct" + (n * 7 + id) % ACCOUNTS, to = "acct" + (n * 3 + id + 1) % ACCOUNTS;
                int amount = (int) (n % 5) + 1;
                if (!from.equals(to) && accounts.get(from) >= amount) {
                    accounts.merge(from, -amount, Integer::sum);
                    accounts.merge(to, amount, Integer::sum);
                    transfers++;
                }
                if (n % 2000 == 0) {
                    int total = 0;
                    for (int v : accounts.values()) total += v;
                    System.out.println("teller " + id + " at " + n + ": total " + total + ", transfers " + transfers);
                }
            }
        }
    }
}
