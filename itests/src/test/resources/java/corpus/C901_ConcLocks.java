import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.locks.*;
public class C901_ConcLocks {
    public static void main(String[] args) throws Exception {
        ReentrantLock lock = new ReentrantLock();
        Condition notEmpty = lock.newCondition();
        List<Integer> q = new ArrayList<>();
        List<Integer> got = new ArrayList<>();
        Thread consumer = new Thread(() -> {
            for (int n = 0; n < 10; n++) {
                lock.lock();
                try { while (q.isEmpty()) notEmpty.awaitUninterruptibly(); got.add(q.remove(0)); } finally { lock.unlock(); }
            }
        });
        consumer.start();
        for (int i = 0; i < 10; i++) { lock.lock(); try { q.add(i * 11); notEmpty.signal(); } finally { lock.unlock(); } }
        consumer.join();
        System.out.println("condition queue " + got);
        ReentrantLock l2 = new ReentrantLock();
        l2.lock();
        boolean[] r = new boolean[3];
        Thread t = new Thread(() -> {
            r[0] = l2.tryLock();
            try { r[1] = l2.tryLock(30, TimeUnit.MILLISECONDS); } catch (InterruptedException e) { }
            try { l2.unlock(); } catch (IllegalMonitorStateException e) { r[2] = true; }
        });
        t.start(); t.join();
        System.out.println("other thread: tryLock " + r[0] + " timed " + r[1] + " IMSE " + r[2]);
        Thread t2 = new Thread(() -> { try { r[1] = l2.tryLock(5, TimeUnit.SECONDS); if (r[1]) l2.unlock(); } catch (InterruptedException e) { } });
        t2.start(); Thread.sleep(20); l2.unlock(); t2.join();
        System.out.println("got it after release " + r[1] + " locked " + l2.isLocked());
        try { new ReentrantLock().unlock(); } catch (IllegalMonitorStateException e) { System.out.println("IMSE " + e.getMessage()); }
        Condition c = l2.newCondition();
        l2.lock();
        long t0 = System.nanoTime();
        boolean signalled = c.await(30, TimeUnit.MILLISECONDS);
        System.out.println("await timed out: " + !signalled + " waited enough: " + (System.nanoTime() - t0 >= 25_000_000L) + " holds " + l2.getHoldCount());
        l2.unlock();
        try { c.signal(); } catch (IllegalMonitorStateException e) { System.out.println("signal without lock: IMSE"); }
        String[] said = new String[1];
        Thread sleeper = new Thread(() -> {
            l2.lock();
            try { c.await(); said[0] = "not interrupted?"; } catch (InterruptedException e) { said[0] = "await interrupted, holds lock " + l2.isHeldByCurrentThread(); } finally { l2.unlock(); }
        });
        sleeper.start(); Thread.sleep(20); sleeper.interrupt(); sleeper.join();
        System.out.println(said[0]);
        ReentrantLock named = new ReentrantLock();
        String s0 = named.toString();
        named.lock();
        System.out.println(s0.startsWith("java.util.concurrent.locks.ReentrantLock@") + " " + s0.substring(s0.indexOf('[')) + " " + named.toString().substring(named.toString().indexOf('[')));
        named.unlock();
        String cdl = new CountDownLatch(2).toString(), sm = new Semaphore(3).toString();
        System.out.println(cdl.substring(cdl.indexOf('[')) + " " + sm.substring(sm.indexOf('[')));
        ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
        rw.readLock().lock(); rw.readLock().lock();
        System.out.println("read count " + rw.getReadLockCount() + " mine " + rw.getReadHoldCount() + " write locked " + rw.isWriteLocked());
        boolean[] w = new boolean[2];
        Thread writer = new Thread(() -> { w[0] = rw.writeLock().tryLock(); rw.writeLock().lock(); w[1] = rw.isWriteLockedByCurrentThread(); rw.writeLock().unlock(); });
        writer.start(); Thread.sleep(20);
        System.out.println("writer blocked: " + writer.isAlive() + " tryLock " + w[0]);
        rw.readLock().unlock(); rw.readLock().unlock();
        writer.join();
        System.out.println("writer got it " + w[1]);
        rw.writeLock().lock(); rw.readLock().lock();
        System.out.println("downgrade: write holds " + rw.getWriteHoldCount() + " read holds " + rw.getReadHoldCount());
        rw.writeLock().unlock(); rw.readLock().unlock();
        System.out.println("free " + !rw.isWriteLocked() + " " + rw.getReadLockCount());
        ReentrantLock counterLock = new ReentrantLock();
        int[] counter = new int[1];
        Thread[] ts = new Thread[4];
        for (int i = 0; i < 4; i++) { ts[i] = new Thread(() -> { for (int k = 0; k < 500; k++) { counterLock.lock(); try { counter[0]++; } finally { counterLock.unlock(); } } }); ts[i].start(); }
        for (Thread x : ts) x.join();
        System.out.println("counter " + counter[0]);
        System.out.println(TimeUnit.SECONDS.toMillis(3) + " " + TimeUnit.MILLISECONDS.toSeconds(2999) + " " + TimeUnit.HOURS.convert(180, TimeUnit.MINUTES) + " " + TimeUnit.DAYS.toNanos(1) + " " + TimeUnit.NANOSECONDS.toMicros(-1999) + " " + TimeUnit.DAYS.toNanos(Long.MAX_VALUE / 2) + " " + TimeUnit.valueOf("MINUTES") + " " + List.of(TimeUnit.values()));
        ThreadLocal<String> tl = new ThreadLocal<>() { protected String initialValue() { return "init-" + Thread.currentThread().getName(); } };
        String[] seen = new String[1];
        Thread tt = new Thread(() -> seen[0] = tl.get(), "tlt");
        tt.start(); tt.join();
        tl.set(null);
        System.out.println(seen[0] + " main=" + tl.get());
        tl.remove();
        System.out.println("after remove " + tl.get());
    }
}
