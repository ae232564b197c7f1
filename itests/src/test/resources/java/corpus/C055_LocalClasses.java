public class C055_LocalClasses {
    interface Op { int apply(int x); }
    static Op makeAdder(int delta) {
        class Adder implements Op { public int apply(int x) { return x + delta; } public String toString() { return "Adder(" + delta + ")"; } }
        return new Adder();
    }
    public static void main(String[] args) {
        String prefix = "item-";
        int[] total = {0};
        class Item {
            final int n;
            Item(int n) { this.n = n; total[0] += n; }
            String label() { return prefix + n; }
        }
        Item[] items = {new Item(3), new Item(7), new Item(11)};
        for (Item it : items) System.out.print(it.label() + " ");
        System.out.println("total=" + total[0]);
        Op add5 = makeAdder(5), add10 = makeAdder(10);
        System.out.println(add5.apply(1) + " " + add10.apply(1) + " " + add5 + " " + add10);
        class Fib { int calc(int n) { return n < 2 ? n : calc(n - 1) + calc(n - 2); } }
        System.out.println(new Fib().calc(15));
        for (int i = 0; i < 3; i++) {
            int sq = i * i;
            class Sq { String s() { return "sq=" + sq; } }
            System.out.print(new Sq().s() + " ");
        }
        System.out.println();
        enum LocalEnum { X, Y }
        record LocalRec(int a, String b) {}
        System.out.println(LocalEnum.Y.ordinal() + " " + new LocalRec(1, "b"));
    }
}
