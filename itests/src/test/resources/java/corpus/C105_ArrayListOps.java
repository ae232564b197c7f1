import java.util.*;
public class C105_ArrayListOps {
    public static void main(String[] args) {
        List<String> l = new ArrayList<>();
        System.out.println(l.isEmpty() + " " + l.size() + " " + l);
        l.add("a"); l.add("b"); l.add("c"); l.add(1, "x"); l.add("b");
        System.out.println(l + " size=" + l.size());
        System.out.println(l.get(0) + " " + l.get(4) + " " + l.indexOf("b") + " " + l.lastIndexOf("b") + " " + l.indexOf("zz") + " " + l.contains("x"));
        System.out.println("set returns " + l.set(2, "B") + " -> " + l);
        System.out.println("remove(int) " + l.remove(0) + " -> " + l);
        System.out.println("remove(obj) " + l.remove("b") + " " + l.remove("nope") + " -> " + l);
        List<Integer> nums = new ArrayList<>(List.of(5, 3, 8, 1, 9, 2));
        nums.remove(Integer.valueOf(8));
        nums.remove(1);
        System.out.println(nums);
        nums.sort(null);
        System.out.println(nums);
        nums.sort((a, b) -> b - a);
        System.out.println(nums);
        nums.sort(Comparator.comparing(x -> x % 3));
        System.out.println(nums);
        Iterator<Integer> it = nums.iterator();
        int s = 0;
        while (it.hasNext()) s += it.next();
        System.out.println("iter sum " + s);
        for (int x : nums) System.out.print(x + ";");
        System.out.println();
        nums.addAll(List.of(7, 7, 7));
        nums.addAll(0, List.of(-1));
        System.out.println(nums + " " + nums.subList(1, 3));
        nums.removeIf(x -> x == 7);
        System.out.println(nums);
        nums.replaceAll(x -> x * 10);
        System.out.println(nums + " " + nums.equals(List.of(-10, 90, 50, 10, 20)) + " " + nums.hashCode());
        nums.clear();
        System.out.println(nums + " " + nums.isEmpty());
        try { nums.get(0); } catch (IndexOutOfBoundsException e) { System.out.println("IOOBE: " + e.getMessage()); }
        List<Integer> big = new ArrayList<>();
        for (int i = 0; i < 1000; i++) big.add(i);
        long t = 0; for (int i = 0; i < big.size(); i += 7) t += big.get(i);
        System.out.println(big.size() + " " + t);
        Object[] arr = l.toArray();
        String[] sarr = l.toArray(new String[0]);
        System.out.println(arr.length + " " + Arrays.toString(sarr));
    }
}
