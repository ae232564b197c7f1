public class C204_Mandelbrot {
    static int iterate(double cr, double ci, int max) {
        double zr = 0, zi = 0;
        int i = 0;
        while (i < max && zr * zr + zi * zi <= 4.0) { double t = zr * zr - zi * zi + cr; zi = 2 * zr * zi + ci; zr = t; i++; }
        return i;
    }
    public static void main(String[] args) {
        int w = 60, h = 24, max = 200;
        String shades = " .:-=+*#%@";
        long checksum = 0;
        int inside = 0;
        for (int y = 0; y < h; y++) {
            StringBuilder row = new StringBuilder();
            double ci = -1.2 + 2.4 * y / (h - 1);
            for (int x = 0; x < w; x++) {
                double cr = -2.1 + 3.0 * x / (w - 1);
                int it = iterate(cr, ci, max);
                checksum = checksum * 31 + it;
                if (it == max) { inside++; row.append('@'); }
                else row.append(shades.charAt(Math.min(it / 3, shades.length() - 2)));
            }
            System.out.println(row);
        }
        System.out.println("inside=" + inside + " checksum=" + checksum);
        int bits = 0, size = 32;
        for (int y = 0; y < size; y++) for (int x = 0; x < size; x++) if (iterate(2.0 * x / size - 1.5, 2.0 * y / size - 1.0, 50) == 50) bits++;
        System.out.println("32x32 members=" + bits);
    }
}
