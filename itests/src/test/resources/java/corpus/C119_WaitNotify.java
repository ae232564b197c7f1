import java.util.*;
public class C119_WaitNotify {
    static class BoundedBuffer {
        private final int[] buf; private int head, tail, size;
        BoundedBuffer(int cap) { buf = new int[cap]; }
        synchronized void put(int v) throws InterruptedException {
            while (size == buf.length) wait();
            buf[tail] = v; tail = (tail + 1) % buf.length; size++;
            notifyAll();
        }
        synchronized int take() throws InterruptedException {
            while (size == 0) wait();
            int v = buf[head]; head = (head + 1) % buf.length; size--;
            notifyAll();
            return v;
        }
    }
    public static void main(String[] args) throws InterruptedException {
        BoundedBuffer bb = new BoundedBuffer(3);
        List<Integer> received = new ArrayList<>();
        Thread producer = new Thread(() -> { try { for (int i = 1; i <= 50; i++) bb.put(i * i); bb.put(-1); } catch (InterruptedException e) { } });
        Thread consumer = new Thread(() -> { try { while (true) { int v = bb.take(); if (v < 0) break; received.add(v); } } catch (InterruptedException e) { } });
        producer.start(); consumer.start();
        producer.join(); consumer.join();
        long sum = 0; for (int v : received) sum += v;
        System.out.println("received " + received.size() + " sum " + sum + " first " + received.get(0) + " last " + received.get(received.size() - 1));
        boolean ordered = true; for (int i = 1; i < received.size(); i++) if (received.get(i) < received.get(i - 1)) ordered = false;
        System.out.println("in order " + ordered);
        final Object token = new Object();
        final int[] turn = {0};
        StringBuilder pingpong = new StringBuilder();
        Thread[] players = new Thread[2];
        for (int p = 0; p < 2; p++) {
            final int me = p;
            players[p] = new Thread(() -> {
                for (int round = 0; round < 5; round++) {
                    synchronized (token) {
                        while (turn[0] != me) { try { token.wait(); } catch (InterruptedException e) { return; } }
                        pingpong.append(me == 0 ? "ping " : "pong ");
                        turn[0] = 1 - me;
                        token.notifyAll();
                    }
                }
            });
            players[p].start();
        }
        for (Thread t : players) t.join();
        System.out.println(pingpong.toString().trim());
    }
}
