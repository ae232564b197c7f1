public class C002_IntDivRem {
    static int div(int a, int b) { return a / b; }
    static int rem(int a, int b) { return a % b; }
    public static void main(String[] args) {
        int[] as = {7, -7, 0, 1, -1, 100, Integer.MIN_VALUE, Integer.MAX_VALUE};
        int[] bs = {2, -2, 3, -3, 1, -1, 7, Integer.MIN_VALUE};
        for (int a : as) {
            StringBuilder sb = new StringBuilder();
            for (int b : bs) {
                sb.append(a).append('/').append(b).append('=').append(div(a, b));
                sb.append(" %=").append(rem(a, b)).append("; ");
            }
            System.out.println(sb);
        }
        System.out.println(Integer.MIN_VALUE / -1);
        System.out.println(Integer.MIN_VALUE % -1);
        long lm = Long.MIN_VALUE;
        System.out.println(lm / -1L);
        System.out.println(lm % -1L);
        System.out.println(Math.floorDiv(-7, 2) + " " + Math.floorMod(-7, 2));
        System.out.println(Math.floorDiv(7, -2) + " " + Math.floorMod(7, -2));
    }
}
