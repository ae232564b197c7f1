public class C074_CustomExceptions {
    static class AppException extends Exception {
        final int code;
        AppException(String msg, int code) { super(msg); this.code = code; }
        AppException(String msg, Throwable cause) { super(msg, cause); this.code = -1; }
    }
    static class NotFound extends AppException { NotFound(String what) { super("not found: " + what, 404); } }
    static class Unchecked extends RuntimeException { Unchecked() { super(); } Unchecked(Throwable c) { super(c); } }
    static class Quiet extends Exception { @Override public String getMessage() { return "quiet override"; } }
    static void find(String k) throws NotFound { if (!k.equals("ok")) throw new NotFound(k); }
    static void wrap(String k) throws AppException { try { find(k); } catch (NotFound e) { throw new AppException("wrapped", e); } }
    public static void main(String[] args) {
        try { find("key1"); } catch (NotFound e) { System.out.println(e.getMessage() + " code=" + e.code); System.out.println(e); }
        try { wrap("key2"); } catch (AppException e) {
            System.out.println(e.getMessage() + " code=" + e.code + " cause=" + e.getCause().getMessage());
            System.out.println(e.getCause() instanceof NotFound);
            System.out.println(e.getCause());
        }
        try { find("ok"); System.out.println("found ok"); } catch (NotFound e) { System.out.println("unexpected"); }
        Unchecked u = new Unchecked();
        System.out.println(u.getMessage() + " | " + u);
        Unchecked u2 = new Unchecked(new IllegalStateException("root"));
        System.out.println(u2.getMessage() + " | " + u2.getCause().getMessage());
        System.out.println(new Quiet());
        Exception chain = new Exception("top", new RuntimeException("mid", new Error("bottom")));
        for (Throwable t = chain; t != null; t = t.getCause()) System.out.println(" - " + t);
        Exception init = new Exception("late");
        init.initCause(new ArithmeticException("cause set later"));
        System.out.println(init.getCause().getMessage());
        System.out.println(new RuntimeException((String) null).getMessage() + " " + new Exception("") + " " + new Throwable("t").getLocalizedMessage());
        try { throw new Error("custom error"); } catch (Throwable t) { System.out.println("caught " + t); }
    }
}
