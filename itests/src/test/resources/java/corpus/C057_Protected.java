public class C057_Protected {
    static class Account {
        protected double balance;
        protected String owner;
        private int tx;
        protected Account(String owner, double initial) { this.owner = owner; this.balance = initial; }
        protected void record() { tx++; }
        public int transactions() { return tx; }
        public void deposit(double amt) { balance += amt; record(); }
        public boolean withdraw(double amt) { if (amt > balance) return false; balance -= amt; record(); return true; }
        public String toString() { return owner + ": " + balance + " (" + tx + " tx)"; }
    }
    static class Savings extends Account {
        protected double rate;
        Savings(String o, double init, double rate) { super(o, init); this.rate = rate; }
        void addInterest() { balance += balance * rate; record(); }
        @Override public boolean withdraw(double amt) { if (balance - amt < 100) return false; return super.withdraw(amt); }
    }
    static class Checking extends Account {
        int fees;
        Checking(String o, double init) { super(o, init); }
        @Override protected void record() { super.record(); fees++; balance -= 0.5; }
    }
    public static void main(String[] args) {
        Savings s = new Savings("sam", 1000, 0.05);
        Checking c = new Checking("cat", 200);
        s.deposit(500); s.addInterest();
        System.out.println(s.withdraw(1500) + " " + s.withdraw(200));
        c.deposit(50); c.withdraw(100); c.withdraw(1000);
        System.out.println(s);
        System.out.println(c + " fees=" + c.fees);
        Account[] accts = {s, c};
        double total = 0;
        for (Account a : accts) total += a.balance;
        System.out.println("total=" + total);
    }
}
