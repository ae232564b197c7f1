import java.util.*;
public class C153_EnumStateMachine {
    enum Light {
        RED(3), GREEN(2), YELLOW(1);
        final int duration;
        Light(int d) { duration = d; }
        Light next() { return switch (this) { case RED -> GREEN; case GREEN -> YELLOW; case YELLOW -> RED; }; }
    }
    enum Token { NUM, PLUS, MINUS, LPAREN, RPAREN, END;
        static Token of(char c) { return switch (c) { case '+' -> PLUS; case '-' -> MINUS; case '(' -> LPAREN; case ')' -> RPAREN; default -> Character.isDigit(c) ? NUM : END; }; }
    }
    enum Vending {
        IDLE, HAS_COIN, DISPENSING;
        Vending on(String ev, List<String> out) {
            switch (this) {
                case IDLE: if (ev.equals("coin")) { out.add("coin accepted"); return HAS_COIN; } out.add("insert coin first"); return this;
                case HAS_COIN: if (ev.equals("push")) { out.add("dispensing"); return DISPENSING; } if (ev.equals("refund")) { out.add("refunded"); return IDLE; } out.add("already have coin"); return this;
                default: out.add("done, thank you"); return IDLE;
            }
        }
    }
    public static void main(String[] args) {
        Light l = Light.RED; StringBuilder sb = new StringBuilder();
        for (int t = 0, left = l.duration; t < 15; t++) { sb.append(l.name().charAt(0)); if (--left == 0) { l = l.next(); left = l.duration; } }
        System.out.println(sb);
        Map<Token, Integer> counts = new EnumMap<>(Token.class);
        for (char c : "(1+2)-(3+45)x".toCharArray()) counts.merge(Token.of(c), 1, Integer::sum);
        System.out.println(counts);
        Vending v = Vending.IDLE; List<String> out = new ArrayList<>();
        for (String ev : "push coin coin push any refund coin refund".split(" ")) { v = v.on(ev, out); out.add("[" + v + "]"); }
        System.out.println(String.join(" ", out));
        System.out.println(Light.valueOf("GREEN").next().next() + " " + Arrays.toString(Light.values()) + " " + Token.END.compareTo(Token.NUM));
    }
}
