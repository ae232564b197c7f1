package java.lang;

/** StrictMath: the host JVM's results, as Math's. */
public final class StrictMath {
    private StrictMath() {}

    public static double sqrt(double a) { return PhantomNative.sqrt(a); }
    public static double pow(double a, double b) { return PhantomNative.pow(a, b); }
    public static double log(double a) { return PhantomNative.log(a); }
    public static double exp(double a) { return PhantomNative.exp(a); }
    public static double sin(double a) { return PhantomNative.sin(a); }
    public static double cos(double a) { return PhantomNative.cos(a); }
    public static double floor(double a) { return PhantomNative.floor(a); }
    public static double ceil(double a) { return PhantomNative.ceil(a); }
    public static int abs(int a) { return Math.abs(a); }
    public static double abs(double a) { return Math.abs(a); }
    public static int max(int a, int b) { return Math.max(a, b); }
    public static int min(int a, int b) { return Math.min(a, b); }
}
