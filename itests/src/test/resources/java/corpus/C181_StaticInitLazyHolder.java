public class C181_StaticInitLazyHolder {
    static final StringBuilder LOG = new StringBuilder();
    static class Service {
        static { LOG.append("Service.clinit "); }
        private Service() { LOG.append("Service() "); }
        private static class Holder { static { LOG.append("Holder.clinit "); } static final Service INSTANCE = new Service(); }
        static Service get() { return Holder.INSTANCE; }
        static String version() { return "1.0"; }
    }
    interface WithConst { int PLAIN = 5; StringBuilder SB = log("WithConst.SB "); }
    static StringBuilder log(String s) { LOG.append(s); return new StringBuilder(); }
    static class Impl implements WithConst { static { LOG.append("Impl.clinit "); } }
    static class Counter { static int n; static { n = 100; } static int next() { return n++; } }
    public static void main(String[] args) {
        LOG.append("main ");
        System.out.println(Service.version());
        System.out.println(LOG);
        Service a = Service.get(), b = Service.get();
        System.out.println(LOG + "same=" + (a == b));
        LOG.setLength(0);
        new Impl();
        System.out.println("after new Impl: [" + LOG.toString().trim() + "] PLAIN=" + WithConst.PLAIN);
        Object sb = WithConst.SB;
        System.out.println("after SB: [" + LOG.toString().trim() + "] " + (sb != null));
        System.out.println(Counter.next() + " " + Counter.next() + " " + Counter.n);
    }
}
