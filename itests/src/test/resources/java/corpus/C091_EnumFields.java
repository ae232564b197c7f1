public class C091_EnumFields {
    enum Planet {
        MERCURY(3.303e+23, 2.4397e6), EARTH(5.976e+24, 6.37814e6), JUPITER(1.9e+27, 7.1492e7);
        static final double G = 6.67300E-11;
        private final double mass, radius;
        Planet(double mass, double radius) { this.mass = mass; this.radius = radius; }
        double surfaceGravity() { return G * mass / (radius * radius); }
        double weight(double otherMass) { return otherMass * surfaceGravity(); }
    }
    enum Coin {
        PENNY(1), NICKEL(5), DIME(10), QUARTER(25);
        private final int cents;
        private static int created;
        Coin(int c) { cents = c; }
        int cents() { return cents; }
        static Coin largestUnder(int amount) { Coin best = null; for (Coin c : values()) if (c.cents <= amount) best = c; return best; }
        @Override public String toString() { return name().toLowerCase() + "(" + cents + "c)"; }
    }
    public static void main(String[] args) {
        double mass = 70 / Planet.EARTH.surfaceGravity();
        for (Planet p : Planet.values()) System.out.println(p + " g=" + p.surfaceGravity() + " w=" + p.weight(mass));
        int amount = 68;
        StringBuilder sb = new StringBuilder();
        while (amount > 0) { Coin c = Coin.largestUnder(amount); sb.append(c).append(' '); amount -= c.cents(); }
        System.out.println(sb.toString().trim());
        System.out.println(Coin.DIME.name() + " " + Coin.DIME + " " + Coin.valueOf("QUARTER").cents());
    }
}
