import java.util.*;
public class C182_ArrayCovarianceAndStore {
    static class Animal { public String toString() { return "animal"; } }
    static class Dog extends Animal { public String toString() { return "dog"; } }
    static class Cat extends Animal { public String toString() { return "cat"; } }
    static int count(Animal[] as) { int n = 0; for (Animal a : as) if (a != null) n++; return n; }
    public static void main(String[] args) {
        Dog[] dogs = {new Dog(), new Dog()};
        Animal[] animals = dogs;
        System.out.println(count(animals) + " " + (animals instanceof Dog[]) + " " + (animals instanceof Animal[]) + " " + (((Object) animals) instanceof Object[]));
        try { animals[0] = new Cat(); } catch (ArrayStoreException e) { System.out.println("ASE: " + e.getMessage()); }
        animals[1] = new Dog();
        animals[0] = null;
        System.out.println(Arrays.toString(dogs));
        Object[] objs = new Integer[2];
        try { objs[0] = "s"; } catch (ArrayStoreException e) { System.out.println("ASE: " + e.getMessage()); }
        objs[1] = 5;
        System.out.println(Arrays.toString(objs));
        Animal[] mixed = new Animal[]{new Dog(), new Cat(), new Animal()};
        try { Dog[] d = (Dog[]) mixed; System.out.println(d.length); } catch (ClassCastException e) { System.out.println("CCE on array cast"); }
        Object o = new Dog[0];
        Animal[] back = (Animal[]) o;
        System.out.println(back.length + " " + (o instanceof Cat[]));
        Object[][] nested = new String[2][2];
        try { nested[0] = new Integer[1]; } catch (ArrayStoreException e) { System.out.println("ASE nested: " + e.getMessage()); }
        nested[1][0] = "ok";
        System.out.println(Arrays.deepToString(nested));
        Comparable<?>[] comps = new String[]{"b", "a"};
        Arrays.sort(comps);
        System.out.println(Arrays.toString(comps));
    }
}
