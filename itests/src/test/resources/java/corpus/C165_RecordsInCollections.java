import java.util.*;
public class C165_RecordsInCollections {
    record Employee(String name, String dept, int salary) {}
    record DeptStats(String dept, int count, int total) { double avg() { return (double) total / count; } }
    public static void main(String[] args) {
        List<Employee> es = List.of(new Employee("ann", "eng", 120), new Employee("bob", "ops", 80), new Employee("cy", "eng", 100),
            new Employee("dee", "sales", 90), new Employee("eve", "ops", 85), new Employee("fay", "eng", 130));
        Map<String, DeptStats> stats = new TreeMap<>();
        for (Employee e : es) stats.merge(e.dept(), new DeptStats(e.dept(), 1, e.salary()), (a, b) -> new DeptStats(a.dept(), a.count() + b.count(), a.total() + b.total()));
        for (DeptStats s : stats.values()) System.out.println(s + " avg=" + s.avg());
        List<Employee> sorted = new ArrayList<>(es);
        sorted.sort(Comparator.comparing(Employee::dept).thenComparing(Employee::salary, Comparator.reverseOrder()));
        for (Employee e : sorted) System.out.println(e);
        Set<Employee> set = new HashSet<>(es);
        System.out.println(set.contains(new Employee("cy", "eng", 100)) + " " + set.contains(new Employee("cy", "eng", 101)));
        Map<Employee, String> roles = new HashMap<>();
        roles.put(new Employee("ann", "eng", 120), "lead");
        System.out.println(roles.get(es.get(0)));
        Employee top = Collections.max(es, Comparator.comparingInt(Employee::salary));
        System.out.println("top " + top.name() + " " + top.salary());
        record Pair(String a, String b) {}
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < es.size(); i++) for (int j = i + 1; j < es.size(); j++) if (es.get(i).dept().equals(es.get(j).dept())) pairs.add(new Pair(es.get(i).name(), es.get(j).name()));
        System.out.println(pairs);
    }
}
