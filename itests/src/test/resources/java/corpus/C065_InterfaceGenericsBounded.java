import java.util.ArrayList;
import java.util.List;
public class C065_InterfaceGenericsBounded {
    interface Visitor<R> { R visitNum(int n); R visitAdd(Expr a, Expr b); R visitMul(Expr a, Expr b); }
    interface Expr { <R> R accept(Visitor<R> v); }
    static Expr num(int n) { return new Expr() { public <R> R accept(Visitor<R> v) { return v.visitNum(n); } }; }
    static Expr add(Expr a, Expr b) { return new Expr() { public <R> R accept(Visitor<R> v) { return v.visitAdd(a, b); } }; }
    static Expr mul(Expr a, Expr b) { return new Expr() { public <R> R accept(Visitor<R> v) { return v.visitMul(a, b); } }; }
    static class Eval implements Visitor<Integer> {
        public Integer visitNum(int n) { return n; }
        public Integer visitAdd(Expr a, Expr b) { return a.accept(this) + b.accept(this); }
        public Integer visitMul(Expr a, Expr b) { return a.accept(this) * b.accept(this); }
    }
    static class Show implements Visitor<String> {
        public String visitNum(int n) { return Integer.toString(n); }
        public String visitAdd(Expr a, Expr b) { return "(" + a.accept(this) + " + " + b.accept(this) + ")"; }
        public String visitMul(Expr a, Expr b) { return a.accept(this) + " * " + b.accept(this); }
    }
    interface Repo<T, ID extends Comparable<ID>> { void save(ID id, T t); T find(ID id); int size(); }
    static class ListRepo<T, ID extends Comparable<ID>> implements Repo<T, ID> {
        final List<ID> ids = new ArrayList<>(); final List<T> vals = new ArrayList<>();
        public void save(ID id, T t) { int i = ids.indexOf(id); if (i >= 0) vals.set(i, t); else { ids.add(id); vals.add(t); } }
        public T find(ID id) { int i = ids.indexOf(id); return i < 0 ? null : vals.get(i); }
        public int size() { return ids.size(); }
    }
    public static void main(String[] args) {
        Expr e = add(mul(num(3), num(4)), add(num(5), mul(num(2), num(10))));
        System.out.println(e.accept(new Show()) + " = " + e.accept(new Eval()));
        Repo<String, Integer> repo = new ListRepo<>();
        repo.save(3, "three"); repo.save(1, "one"); repo.save(3, "THREE");
        System.out.println(repo.find(3) + " " + repo.find(1) + " " + repo.find(2) + " size=" + repo.size());
        Comparable<String> c = "abc";
        System.out.println(c.compareTo("abd"));
    }
}
