public class C042_StaticCounter {
    static class Widget {
        static int created;
        static int alive;
        final int id;
        String name;
        Widget(String name) { this.name = name; id = ++created; alive++; }
        void destroy() { alive--; }
        static int total() { return created; }
    }
    static int calls;
    static int next() { return ++calls * 10; }
    static final int[] TABLE;
    static { TABLE = new int[5]; for (int i = 0; i < TABLE.length; i++) TABLE[i] = i * i; }
    static long counter = 100;
    public static void main(String[] args) {
        Widget a = new Widget("a"), b = new Widget("b"), c = new Widget("c");
        System.out.println(a.id + " " + b.id + " " + c.id + " created=" + Widget.created + " alive=" + Widget.alive);
        b.destroy();
        System.out.println("alive=" + Widget.alive + " total=" + Widget.total());
        for (int i = 0; i < 5; i++) new Widget("w" + i);
        System.out.println("created=" + Widget.created + " alive=" + Widget.alive);
        System.out.println(next() + " " + next() + " " + next() + " calls=" + calls);
        StringBuilder sb = new StringBuilder();
        for (int t : TABLE) sb.append(t).append(',');
        System.out.println(sb);
        counter += counter++;
        System.out.println(counter);
        C042_StaticCounter.counter *= 2;
        System.out.println(C042_StaticCounter.counter);
        Widget.created = 0;
        System.out.println(new Widget("again").id);
    }
}
