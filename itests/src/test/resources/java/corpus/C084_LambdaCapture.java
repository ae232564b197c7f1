import java.util.ArrayList;
import java.util.List;
import java.util.function.*;
public class C084_LambdaCapture {
    int field = 10;
    static int sfield = 100;
    Supplier<Integer> fieldReader() { return () -> field; }
    Supplier<Integer> thisCapture() { return () -> this.field * 2; }
    Runnable incrementer() { return () -> field++; }
    IntSupplier counter() { int[] box = {0}; return () -> ++box[0]; }
    public static void main(String[] args) {
        int local = 5;
        String prefix = "p:";
        Function<Integer, String> f = x -> prefix + (x + local);
        System.out.println(f.apply(1));
        C084_LambdaCapture o = new C084_LambdaCapture();
        Supplier<Integer> rd = o.fieldReader();
        Runnable inc = o.incrementer();
        System.out.println(rd.get() + " " + o.thisCapture().get());
        inc.run(); inc.run();
        System.out.println(rd.get() + " " + o.field);
        IntSupplier c1 = o.counter(), c2 = o.counter();
        System.out.println(c1.getAsInt() + " " + c1.getAsInt() + " " + c2.getAsInt() + " " + c1.getAsInt());
        Supplier<Integer> st = () -> sfield;
        sfield = 200;
        System.out.println(st.get());
        List<Supplier<String>> sups = new ArrayList<>();
        for (int i = 0; i < 4; i++) { int k = i; sups.add(() -> "v" + k * k); }
        for (String s : new String[]{"a", "b"}) sups.add(() -> s.toUpperCase());
        StringBuilder sb = new StringBuilder();
        for (Supplier<String> s : sups) sb.append(s.get()).append(' ');
        System.out.println(sb);
        long big = 1L << 40; double d = 2.5; char ch = 'q'; boolean flag = true;
        Supplier<String> multi = () -> big + "/" + d + "/" + ch + "/" + flag + "/" + local;
        System.out.println(multi.get());
        Object obj = new Object() { int hidden = 7; public String toString() { Supplier<Integer> s = () -> hidden * 6; return "anon " + s.get(); } };
        System.out.println(obj);
    }
}
