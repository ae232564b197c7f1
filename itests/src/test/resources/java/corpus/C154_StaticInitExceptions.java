public class C154_StaticInitExceptions {
    static class Table {
        static final int[] SQUARES = new int[10];
        static final String DESC;
        static int initCount;
        static { for (int i = 0; i < SQUARES.length; i++) SQUARES[i] = i * i; initCount++; DESC = "squares up to " + SQUARES[9]; }
        static { initCount += 10; }
    }
    static class Constants { static final String A = "a"; static final String B = A + "b"; static final int LEN = B.length(); static final long NOW_LIKE = 12345L * LEN; }
    static class Holder { static final Holder INSTANCE = new Holder(); static int before = 1; static int after; final int seenBefore, seenAfter; Holder() { seenBefore = before; seenAfter = after; } static { after = 2; } }
    static class Parent { static String who = "parent"; static { System.out.println("Parent clinit"); } }
    static class Child extends Parent { static String me = "child"; static { System.out.println("Child clinit"); } }
    public static void main(String[] args) {
        System.out.println(Table.DESC + " init=" + Table.initCount + " " + Table.SQUARES[7]);
        System.out.println(Constants.B + " " + Constants.LEN + " " + Constants.NOW_LIKE);
        System.out.println("holder " + Holder.INSTANCE.seenBefore + " " + Holder.INSTANCE.seenAfter + " now " + Holder.before + " " + Holder.after);
        System.out.println("via child ref: " + Child.who);
        System.out.println("child field: " + Child.me);
    }
}
