public class C005_IncDec {
    static int counter;
    int inst;
    public static void main(String[] args) {
        int i = 0;
        int a = i++ + i++;
        System.out.println("a=" + a + " i=" + i);
        int b = ++i + ++i;
        System.out.println("b=" + b + " i=" + i);
        int c = i-- - --i;
        System.out.println("c=" + c + " i=" + i);
        i = 5;
        i = i++;
        System.out.println("i=i++ -> " + i);
        i = ++i;
        System.out.println("i=++i -> " + i);
        counter++; counter++; --counter;
        System.out.println("counter=" + counter);
        C005_IncDec o = new C005_IncDec();
        o.inst--; o.inst--; ++o.inst;
        System.out.println("inst=" + o.inst);
        int[] arr = new int[3];
        int k = 0;
        arr[k++]++;
        arr[k]++;
        ++arr[k++];
        arr[k]--;
        System.out.println(arr[0] + "," + arr[1] + "," + arr[2] + " k=" + k);
        byte by = 127; by++;
        System.out.println("byte=" + by);
        short sh = -32768; sh--;
        System.out.println("short=" + sh);
        char ch = 'z'; ch++;
        System.out.println("char=" + ch + " " + (int) ch);
        long l = Long.MAX_VALUE; l++;
        System.out.println("long=" + l);
        double d = 0.5; d++; d++;
        System.out.println("double=" + d);
        float f = -0.25f; f--;
        System.out.println("float=" + f);
        int m = 10;
        int r = m++ * 2 + --m * 3 - m-- ;
        System.out.println("r=" + r + " m=" + m);
        Integer boxed = 41; boxed++;
        System.out.println("boxed=" + boxed);
    }
}
