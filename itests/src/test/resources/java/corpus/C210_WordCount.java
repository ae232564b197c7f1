import java.util.*;
public class C210_WordCount {
    static final String TEXT = "It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of foolishness, "
        + "it was the epoch of belief, it was the epoch of incredulity, it was the season of Light, it was the season of Darkness, "
        + "it was the spring of hope, it was the winter of despair, we had everything before us, we had nothing before us, "
        + "we were all going direct to Heaven, we were all going direct the other way - in short, the period was so far like the present period.";
    static List<String> tokenize(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (Character.isLetter(c) || (c == '\'' && cur.length() > 0)) cur.append(Character.toLowerCase(c));
            else if (cur.length() > 0) { out.add(cur.toString()); cur.setLength(0); }
        }
        return out;
    }
    public static void main(String[] args) {
        List<String> words = tokenize(TEXT);
        System.out.println("tokens=" + words.size());
        TreeMap<String, Integer> counts = new TreeMap<>();
        for (String w : words) counts.merge(w, 1, Integer::sum);
        System.out.println("distinct=" + counts.size());
        System.out.println(counts);
        List<Map.Entry<String, Integer>> byFreq = new ArrayList<>(counts.entrySet());
        byFreq.sort((a, b) -> b.getValue() != a.getValue().intValue() ? b.getValue() - a.getValue() : a.getKey().compareTo(b.getKey()));
        StringBuilder top = new StringBuilder();
        for (int i = 0; i < 8; i++) top.append(byFreq.get(i).getKey()).append('=').append(byFreq.get(i).getValue()).append(' ');
        System.out.println("top: " + top.toString().trim());
        TreeMap<Integer, TreeSet<String>> byLen = new TreeMap<>();
        for (String w : counts.keySet()) byLen.computeIfAbsent(w.length(), k -> new TreeSet<>()).add(w);
        for (Map.Entry<Integer, TreeSet<String>> e : byLen.entrySet()) System.out.println(e.getKey() + ": " + e.getValue());
        TreeMap<Character, Integer> initials = new TreeMap<>();
        for (String w : words) initials.merge(w.charAt(0), 1, Integer::sum);
        System.out.println("initials " + initials);
        Map<String, Integer> bigrams = new TreeMap<>();
        for (int i = 0; i + 1 < words.size(); i++) bigrams.merge(words.get(i) + " " + words.get(i + 1), 1, Integer::sum);
        bigrams.values().removeIf(v -> v < 3);
        System.out.println("bigrams>=3 " + bigrams);
        System.out.println("first after 'p': " + counts.ceilingKey("p") + ", last before 'p': " + counts.lowerKey("p") + ", range [h,l): " + counts.subMap("h", "l").keySet());
    }
}
