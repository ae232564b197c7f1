import java.util.concurrent.locks.*;
import java.util.*;
public class C123_ReentrantLock {
    static class Account {
        private final ReentrantLock lock = new ReentrantLock();
        private long balance;
        void deposit(long v) { lock.lock(); try { balance += v; } finally { lock.unlock(); } }
        boolean withdraw(long v) { lock.lock(); try { if (balance < v) return false; balance -= v; return true; } finally { lock.unlock(); } }
        long balance() { lock.lock(); try { return balance; } finally { lock.unlock(); } }
    }
    public static void main(String[] args) throws InterruptedException {
        Account acc = new Account();
        Thread[] ts = new Thread[4];
        for (int i = 0; i < ts.length; i++) { ts[i] = new Thread(() -> { for (int k = 0; k < 2000; k++) acc.deposit(3); }); ts[i].start(); }
        for (Thread t : ts) t.join();
        System.out.println("balance " + acc.balance());
        System.out.println(acc.withdraw(100000) + " " + acc.withdraw(4000) + " " + acc.balance());
        ReentrantLock rl = new ReentrantLock();
        rl.lock(); rl.lock();
        System.out.println("hold count " + rl.getHoldCount() + " locked " + rl.isLocked() + " mine " + rl.isHeldByCurrentThread());
        rl.unlock(); rl.unlock();
        System.out.println("after unlock " + rl.isLocked() + " tryLock " + rl.tryLock());
        rl.unlock();
        ReentrantLock lock = new ReentrantLock();
        Condition notEmpty = lock.newCondition();
        Deque<Integer> q = new ArrayDeque<>();
        List<Integer> got = new ArrayList<>();
        Thread consumer = new Thread(() -> {
            for (int n = 0; n < 10; n++) {
                lock.lock();
                try { while (q.isEmpty()) notEmpty.awaitUninterruptibly(); got.add(q.poll()); } finally { lock.unlock(); }
            }
        });
        consumer.start();
        for (int i = 0; i < 10; i++) { lock.lock(); try { q.add(i * 11); notEmpty.signal(); } finally { lock.unlock(); } }
        consumer.join();
        System.out.println("condition queue " + got);
        ReadWriteLock rw = new ReentrantReadWriteLock();
        rw.readLock().lock(); rw.readLock().lock();
        System.out.println("two read locks held");
        rw.readLock().unlock(); rw.readLock().unlock();
        rw.writeLock().lock();
        System.out.println("write lock held");
        rw.writeLock().unlock();
    }
}
