/** Uses what the front end refuses (files): it must be refused, naming the class, the method, the line and the instruction. */
public class Unsupported {
    public static void main(String[] args) {
        java.io.File f = new java.io.File("x");
        System.out.println(f.exists());
    }
}
