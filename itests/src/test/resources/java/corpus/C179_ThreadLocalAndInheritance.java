import java.util.*;
public class C179_ThreadLocalAndInheritance {
    static final ThreadLocal<StringBuilder> BUF = ThreadLocal.withInitial(StringBuilder::new);
    static class Task extends Thread {
        private final int n; String result;
        Task(String name, int n) { super(name); this.n = n; }
        @Override public void run() { StringBuilder b = BUF.get(); for (int i = 0; i < n; i++) b.append(getName().charAt(getName().length() - 1)); result = b.toString(); }
    }
    public static void main(String[] args) throws InterruptedException {
        List<Task> ts = new ArrayList<>();
        for (int i = 0; i < 4; i++) ts.add(new Task("task" + i, i + 2));
        for (Task t : ts) t.start();
        for (Task t : ts) t.join();
        for (Task t : ts) System.out.println(t.getName() + " -> " + t.result);
        BUF.get().append("main-only");
        System.out.println("main buffer " + BUF.get());
        InheritableThreadLocal<String> ctx = new InheritableThreadLocal<>();
        ctx.set("parent-ctx");
        String[] seen = new String[2];
        Thread child = new Thread(() -> { seen[0] = ctx.get(); ctx.set("child-changed"); seen[1] = ctx.get(); });
        child.start(); child.join();
        System.out.println("child saw " + seen[0] + ", then " + seen[1] + "; parent still " + ctx.get());
        BUF.remove();
        System.out.println("after remove length " + BUF.get().length());
    }
}
