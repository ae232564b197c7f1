public class C046_StaticNestedState {
    static class Registry {
        private static final String[] names = new String[10];
        private static int size;
        static int register(String n) { names[size] = n; return size++; }
        static String lookup(int i) { return i < size ? names[i] : "<none>"; }
    }
    static class Config {
        static String mode = "default";
        static int level;
        static { level = mode.length(); }
    }
    static class Lazy {
        static { System.out.println("Lazy initialised"); }
        static final String VALUE = "lazy-value";
        static String dyn = "dyn-" + VALUE.length();
    }
    public static void main(String[] args) {
        System.out.println(Registry.register("alpha") + " " + Registry.register("beta") + " " + Registry.register("gamma"));
        System.out.println(Registry.lookup(1) + " " + Registry.lookup(5) + " size=" + Registry.size);
        System.out.println(Config.mode + " " + Config.level);
        Config.mode = "custom";
        System.out.println(Config.mode + " " + Config.level);
        System.out.println("before lazy: " + Lazy.VALUE);
        System.out.println("now: " + Lazy.dyn);
        System.out.println("again: " + Lazy.dyn);
    }
}
