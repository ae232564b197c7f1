/** ./phantom run examples/Fib.java: a Java program translated by the JVM front end (bundles/jvm) and run in the VM. */
public class Fib {
    static int fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    public static void main(String[] args) {
        long sum = 0;
        for (int i = 0; i <= 20; i++) sum += fib(i);
        System.out.println("fib(25) = " + fib(25));
        System.out.println("sum of fib(0..20) = " + sum);
    }
}
