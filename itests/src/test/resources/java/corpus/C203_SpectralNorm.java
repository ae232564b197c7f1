public class C203_SpectralNorm {
    static double a(int i, int j) { return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1); }
    static void multAv(double[] v, double[] av) { int n = v.length; for (int i = 0; i < n; i++) { double s = 0; for (int j = 0; j < n; j++) s += a(i, j) * v[j]; av[i] = s; } }
    static void multAtv(double[] v, double[] atv) { int n = v.length; for (int i = 0; i < n; i++) { double s = 0; for (int j = 0; j < n; j++) s += a(j, i) * v[j]; atv[i] = s; } }
    static void multAtAv(double[] v, double[] out, double[] tmp) { multAv(v, tmp); multAtv(tmp, out); }
    static double norm(int n) {
        double[] u = new double[n], v = new double[n], tmp = new double[n];
        java.util.Arrays.fill(u, 1.0);
        for (int i = 0; i < 10; i++) { multAtAv(u, v, tmp); multAtAv(v, u, tmp); }
        double vBv = 0, vv = 0;
        for (int i = 0; i < n; i++) { vBv += u[i] * v[i]; vv += v[i] * v[i]; }
        return Math.sqrt(vBv / vv);
    }
    public static void main(String[] args) {
        for (int n : new int[]{10, 50, 100}) System.out.println("n=" + n + " norm=" + norm(n));
        double[] v = {1, 2, 3};
        double[] out = new double[3];
        multAv(v, out);
        System.out.println(out[0] + " " + out[1] + " " + out[2]);
        long r = Math.round(norm(100) * 1e9);
        System.out.println("rounded " + r);
    }
}
