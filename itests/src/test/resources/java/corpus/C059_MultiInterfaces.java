public class C059_MultiInterfaces {
    interface Flyer { String fly(); default int altitude() { return 100; } }
    interface Swimmer { String swim(); default int depth() { return 5; } }
    interface Walker { String walk(); }
    static class Duck implements Flyer, Swimmer, Walker {
        public String fly() { return "duck flies"; }
        public String swim() { return "duck paddles"; }
        public String walk() { return "duck waddles"; }
        public int depth() { return 1; }
    }
    static class Penguin implements Swimmer, Walker {
        public String swim() { return "penguin dives"; }
        public String walk() { return "penguin shuffles"; }
        public int depth() { return Swimmer.super.depth() * 40; }
    }
    static class Plane implements Flyer { public String fly() { return "plane cruises"; } public int altitude() { return 10000; } }
    public static void main(String[] args) {
        Object[] things = {new Duck(), new Penguin(), new Plane()};
        for (Object o : things) {
            StringBuilder sb = new StringBuilder();
            if (o instanceof Flyer f) sb.append(f.fly()).append('@').append(f.altitude()).append(' ');
            if (o instanceof Swimmer s) sb.append(s.swim()).append('@').append(s.depth()).append(' ');
            if (o instanceof Walker w) sb.append(w.walk());
            System.out.println(sb.toString().trim());
        }
        Flyer f = new Duck();
        Swimmer s = (Swimmer) f;
        System.out.println(s.swim() + " " + (f instanceof Walker));
    }
}
