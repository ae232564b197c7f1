public class C027_StringSwitch {
    static int classify(String s) {
        switch (s) {
            case "apple": return 1;
            case "banana": case "cherry": return 2;
            case "Aa": return 3;
            case "BB": return 4;
            case "": return 5;
            default: return -1;
        }
    }
    static String arrow(String day) {
        return switch (day) {
            case "SAT", "SUN" -> "weekend";
            case "MON", "TUE", "WED", "THU", "FRI" -> "weekday";
            default -> { String r = "unknown:" + day.length(); yield r; }
        };
    }
    public static void main(String[] args) {
        String[] tests = {"apple", "banana", "cherry", "Aa", "BB", "", "durian", "APPLE"};
        for (String t : tests) System.out.println("[" + t + "] -> " + classify(t));
        for (String d : new String[]{"SAT", "MON", "FRI", "XYZ", "sun"}) System.out.println(d + " " + arrow(d));
        String cmd = "go";
        int steps = 0;
        switch (cmd) {
            case "go": steps += 1;
            case "run": steps += 10;
                break;
            case "stop": steps = 0;
        }
        System.out.println("fallthrough steps=" + steps);
        try { classify(null); } catch (NullPointerException e) { System.out.println("NPE on null switch"); }
        StringBuilder sb = new StringBuilder();
        for (String w : "one two three four five six".split(" ")) {
            switch (w.length()) {
                case 3 -> sb.append(w.toUpperCase());
                case 4 -> sb.append(w.charAt(0));
                default -> sb.append('?');
            }
        }
        System.out.println(sb);
    }
}
