package phantom.vm.impl;

import java.util.ArrayList;
import java.util.List;

/** The benchmark algorithms in Java; the benchmark runs this in its own JVM, with -Xint and with the JIT. */
public final class JavaAlgos {
    private JavaAlgos() {}

    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

    static long loops(int n) {
        long s = 0;
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) s += i ^ j;
        return s;
    }

    static int sieve(int n) {
        byte[] flags = new byte[n];
        int count = 0;
        for (int i = 2; i < n; i++) {
            if (flags[i] == 0) {
                count++;
                for (long j = (long) i * i; j < n; j += i) flags[(int) j] = 1;
            }
        }
        return count;
    }

    static final class Acc {
        int total;
        int twice(int x) { return x + x; }
        void add(int x) { total += x; }
    }

    static int calls(int n) {
        Acc a = new Acc();
        for (int i = 0; i < n; i++) a.add(a.twice(i & 15));
        return a.total;
    }

    record TreeNode(TreeNode left, TreeNode right) {
        int check() { return left == null ? 1 : left.check() + right.check() + 1; }
    }

    static TreeNode make(int d) { return d <= 0 ? new TreeNode(null, null) : new TreeNode(make(d - 1), make(d - 1)); }

    static int trees(int d) {
        int total = 0;
        for (int r = 0; r < 4; r++) total += make(d).check();
        return total;
    }

    abstract static class Shape {
        final int w, h;
        Shape(int w, int h) { this.w = w; this.h = h; }
        abstract int area();
    }
    static final class Square extends Shape { Square(int w, int h) { super(w, h); } int area() { return w * w; } }
    static final class Rect extends Shape { Rect(int w, int h) { super(w, h); } int area() { return w * h; } }
    static final class Tri extends Shape { Tri(int w, int h) { super(w, h); } int area() { return w * h / 2; } }
    static final class Disc extends Shape { Disc(int w, int h) { super(w, h); } int area() { return w * w * 3; } }

    static long dispatch(int n) {
        Shape[] shapes = { new Square(3, 3), new Rect(2, 5), new Tri(4, 6), new Disc(2, 2) };
        long total = 0;
        for (int i = 0; i < n; i++) total += shapes[i & 3].area();
        return total;
    }

    static int strings(int n) {
        int total = 0;
        for (int i = 0; i < n; i++) total += (Integer.toString(i) + ",").length();
        return total;
    }

    static final class Account {
        int balance;
        Account(int balance) { this.balance = balance; }
        boolean withdraw(int amount) {
            if (balance < amount) return false;
            balance -= amount;
            return true;
        }
        void deposit(int amount) { balance += amount; }
    }

    record Txn(int amount) {}

    static int mixed(int n) {
        List<Account> accounts = new ArrayList<>();
        for (int k = 0; k < 100; k++) accounts.add(new Account(100));
        List<Txn> log = new ArrayList<>();
        int done = 0;
        for (int i = 0; i < n; i++) {
            int from = i * 7 % 100, to = (i * 13 + 5) % 100, amount = i % 50;
            if (accounts.get(from).withdraw(amount)) {
                accounts.get(to).deposit(amount);
                log.add(new Txn(amount));
                done++;
            }
            if ((i & 255) == 255) log.clear();
        }
        for (Account a : accounts) done += a.balance;
        return done;
    }

    interface Algo { long run(int n); }

    public static void main(String[] args) {
        String[] names = { "fib", "loops", "sieve", "calls", "trees", "dispatch", "strings", "mixed" };
        Algo[] algos = { JavaAlgos::fib, JavaAlgos::loops, JavaAlgos::sieve, JavaAlgos::calls, JavaAlgos::trees, JavaAlgos::dispatch,
            JavaAlgos::strings, JavaAlgos::mixed };
        for (int k = 0; k < args.length; k++) {
            int n = Integer.parseInt(args[k]);
            long t = System.nanoTime();
            long r = algos[k].run(n);
            System.out.println(names[k] + " " + r + " " + (System.nanoTime() - t) / 1e9);
        }
    }
}
