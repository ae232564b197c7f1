public class C049_Overriding {
    static class Animal {
        String name;
        Animal(String name) { this.name = name; }
        String sound() { return "..."; }
        String describe() { return name + " says " + sound(); }
        static String kind() { return "animal"; }
        public String toString() { return "Animal(" + name + ")"; }
    }
    static class Dog extends Animal {
        Dog(String n) { super(n); }
        @Override String sound() { return "woof"; }
        static String kind() { return "dog"; }
    }
    static class Puppy extends Dog {
        Puppy(String n) { super(n + " jr"); }
        @Override String sound() { return super.sound() + " (squeaky)"; }
        @Override String describe() { return "little " + super.describe(); }
        public String toString() { return "Puppy/" + super.toString(); }
    }
    static class Cat extends Animal {
        Cat(String n) { super(n); }
        String sound() { return "meow"; }
    }
    public static void main(String[] args) {
        Animal[] zoo = {new Animal("generic"), new Dog("rex"), new Puppy("rex"), new Cat("tom")};
        for (Animal a : zoo) System.out.println(a.describe() + " | " + a);
        Animal a = new Dog("d");
        System.out.println(Animal.kind() + " " + Dog.kind());
        Dog d = new Puppy("p");
        System.out.println(d.sound());
        Object o = new Cat("c");
        System.out.println(o.toString());
        System.out.println(a.equals(a) + " " + a.equals(new Dog("d")));
    }
}
