/** Uses what the front end does not translate yet: it must be refused, naming the class, the method and the instruction. */
public class Unsupported {
    public static void main(String[] args) {
        int[] a = new int[3];
        System.out.println(a.length);
    }
}
