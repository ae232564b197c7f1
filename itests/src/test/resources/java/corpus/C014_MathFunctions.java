public class C014_MathFunctions {
    public static void main(String[] args) {
        double[] xs = {-2.5, -1.5, -0.5, -0.0, 0.0, 0.3, 1.5, 2.7, 100.0};
        for (double x : xs) {
            System.out.println(x + ": abs=" + Math.abs(x) + " floor=" + Math.floor(x) + " ceil=" + Math.ceil(x)
                + " sqrtAbs=" + Math.sqrt(Math.abs(x)) + " signum=" + Math.signum(x));
        }
        System.out.println(Math.abs(-7) + " " + Math.abs(-7L) + " " + Math.abs(-7.5f) + " " + Math.abs(Integer.MIN_VALUE));
        System.out.println(Math.min(3, -4) + " " + Math.max(3L, 9L) + " " + Math.min(1.5f, 2.5f) + " " + Math.max(-1.0, -2.0));
        System.out.println(Math.sqrt(2) + " " + Math.sqrt(144) + " " + Math.sqrt(1e-10));
        System.out.println(Math.pow(2, 10) + " " + Math.pow(2, 0.5) + " " + Math.pow(-8, 1.0 / 3) + " " + Math.pow(0, 0));
        System.out.println(Math.hypot(3, 4) + " " + Math.cbrt(27) + " " + Math.cbrt(-8));
        System.out.println(Math.PI + " " + Math.E);
        System.out.println(Math.floorDiv(-9, 4) + " " + Math.floorMod(-9, 4) + " " + Math.floorMod(9, -4));
        System.out.println(Math.copySign(3.0, -0.0) + " " + Math.ulp(1.0) + " " + Math.nextUp(1.0) + " " + Math.nextDown(1.0f));
        System.out.println(Math.getExponent(1024.0) + " " + Math.scalb(1.5, 4) + " " + Math.IEEEremainder(10, 3));
        System.out.println(Math.toDegrees(Math.PI) + " " + Math.toRadians(180));
        System.out.println(StrictMath.sqrt(3) + " " + StrictMath.floor(-1.1));
        double s = 0;
        for (int i = 1; i <= 1000; i++) s += Math.sqrt(i);
        System.out.println("sum sqrt=" + s);
        double f = 0;
        for (int i = 0; i < 100; i++) f += Math.floor(i * 0.37) - Math.ceil(i * 0.21);
        System.out.println("floor/ceil sum=" + f);
    }
}
