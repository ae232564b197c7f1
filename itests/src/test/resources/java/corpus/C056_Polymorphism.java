public class C056_Polymorphism {
    static abstract class Employee {
        final String name; final double base;
        Employee(String n, double b) { name = n; base = b; }
        abstract double pay();
        String title() { return "employee"; }
        public String toString() { return title() + " " + name + " earns " + pay(); }
    }
    static class Manager extends Employee { int reports; Manager(String n, double b, int r) { super(n, b); reports = r; } double pay() { return base + reports * 100; } String title() { return "manager"; } }
    static class Engineer extends Employee { Engineer(String n, double b) { super(n, b); } double pay() { return base * 1.1; } }
    static class Intern extends Engineer { Intern(String n) { super(n, 1000); } double pay() { return super.pay() / 2; } String title() { return "intern"; } }
    static class Director extends Manager { Director(String n) { super(n, 5000, 10); } String title() { return "director(" + super.title() + ")"; } }
    static String overload(Object o) { return "Object"; }
    static String overload(Employee e) { return "Employee"; }
    static String overload(Manager m) { return "Manager"; }
    public static void main(String[] args) {
        Employee[] staff = {new Manager("Ann", 3000, 4), new Engineer("Bob", 2000), new Intern("Cid"), new Director("Dee")};
        double sum = 0;
        for (Employee e : staff) { System.out.println(e); sum += e.pay(); }
        System.out.println("payroll=" + sum);
        Employee e = staff[3];
        System.out.println(overload(e) + " " + overload((Manager) e) + " " + overload((Object) e) + " " + overload(staff[3]));
        int managers = 0;
        for (Employee x : staff) if (x instanceof Manager) managers++;
        System.out.println("managers=" + managers);
    }
}
