public class C021_ConcatTypes {
    static class Point { int x, y; Point(int x, int y) { this.x = x; this.y = y; } public String toString() { return "(" + x + "," + y + ")"; } }
    public static void main(String[] args) {
        byte b = -5; short s = 300; char c = 'c'; int i = 42; long l = 1234567890123L;
        float f = 1.5f; double d = 2.25; boolean z = true;
        String nul = null; Object onull = null; Point p = new Point(3, 4);
        System.out.println("b=" + b + " s=" + s + " c=" + c + " i=" + i + " l=" + l);
        System.out.println("f=" + f + " d=" + d + " z=" + z);
        System.out.println("null=" + nul + " onull=" + onull + " p=" + p);
        System.out.println(1 + 2 + "3" + 4 + 5);
        System.out.println("" + 'a' + 'b');
        System.out.println('a' + 'b' + "");
        System.out.println(c + i + "|" + c + i);
        String acc = "";
        acc += i; acc += c; acc += f; acc += nul; acc += z; acc += p; acc += l;
        System.out.println(acc);
        String t = null;
        t += "x";
        System.out.println(t);
        char[] arr = {'h', 'i'};
        System.out.println("arr=" + String.valueOf(arr));
        System.out.println("neg " + -i + " paren " + (i - 50) + " double " + -0.0 + " float " + (f / 0));
        System.out.println(p + " and " + new Point(-1, -2));
        Object o = p;
        System.out.println("obj " + o);
        Integer boxed = 7; Long lb = 8L; Character cb = 'Q';
        System.out.println(boxed + lb + "|" + cb + boxed);
        System.out.println("Long.MIN " + Long.MIN_VALUE + " Int.MIN " + Integer.MIN_VALUE);
        System.out.println("empty[" + "" + "]");
        String multi = "a" + 1 + 2L + 3.0f + 4.0 + 'x' + true + null;
        System.out.println(multi + " len=" + multi.length());
    }
}
