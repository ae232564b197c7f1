import java.util.*;
public class C169_CustomExceptionStack {
    static class ValidationException extends Exception {
        final List<String> problems;
        ValidationException(List<String> problems) { super(problems.size() + " problem(s): " + String.join("; ", problems)); this.problems = List.copyOf(problems); }
    }
    static class ResourceException extends RuntimeException { ResourceException(String m, Throwable c) { super(m, c); } }
    record User(String name, int age, String email) {}
    static User validate(String name, int age, String email) throws ValidationException {
        List<String> ps = new ArrayList<>();
        if (name == null || name.isBlank()) ps.add("name required");
        if (age < 0 || age > 150) ps.add("age out of range: " + age);
        if (email == null || !email.contains("@")) ps.add("bad email: " + email);
        if (!ps.isEmpty()) throw new ValidationException(ps);
        return new User(name, age, email);
    }
    static int load(String key) { try { return Integer.parseInt(key.substring(4)); } catch (NumberFormatException | StringIndexOutOfBoundsException e) { throw new ResourceException("cannot load " + key, e); } }
    public static void main(String[] args) {
        Object[][] inputs = {{"ann", 30, "ann@x"}, {"", 200, "nope"}, {"bob", -1, "b@y"}, {null, 5, null}};
        for (Object[] in : inputs) {
            try { System.out.println("ok " + validate((String) in[0], (Integer) in[1], (String) in[2])); }
            catch (ValidationException e) { System.out.println(e.getMessage() + " count=" + e.problems.size()); }
        }
        for (String k : new String[]{"key-42", "key-x", "k"}) {
            try { System.out.println("loaded " + load(k)); }
            catch (ResourceException e) { System.out.println(e.getMessage() + " caused by " + e.getCause().getClass().getName()); }
        }
    }
}
