import java.util.*;
public class C106_LinkedListDeque {
    public static void main(String[] args) {
        LinkedList<Integer> ll = new LinkedList<>();
        ll.add(1); ll.addFirst(0); ll.addLast(2); ll.push(-1); ll.offer(3);
        System.out.println(ll + " first=" + ll.getFirst() + " last=" + ll.getLast() + " peek=" + ll.peek());
        System.out.println(ll.pop() + " " + ll.poll() + " " + ll.removeLast() + " " + ll);
        ll.add(1, 99);
        System.out.println(ll + " " + ll.get(1) + " " + ll.indexOf(2));
        ListIterator<Integer> li = ll.listIterator();
        while (li.hasNext()) { int v = li.next(); if (v == 99) li.set(100); else li.add(v * 10); }
        System.out.println(ll);
        Deque<String> stack = new ArrayDeque<>();
        for (String s : "to be or not".split(" ")) stack.push(s);
        StringBuilder sb = new StringBuilder();
        while (!stack.isEmpty()) sb.append(stack.pop()).append(' ');
        System.out.println("stack: " + sb.toString().trim());
        Deque<Integer> queue = new ArrayDeque<>();
        for (int i = 1; i <= 5; i++) queue.offer(i * i);
        System.out.println("queue " + queue + " peekFirst=" + queue.peekFirst() + " peekLast=" + queue.peekLast());
        sb.setLength(0);
        while (!queue.isEmpty()) sb.append(queue.poll()).append(' ');
        System.out.println("fifo: " + sb.toString().trim() + " poll empty=" + queue.poll());
        ArrayDeque<Character> dq = new ArrayDeque<>();
        for (char c : "racecar".toCharArray()) dq.addLast(c);
        boolean pal = true;
        while (dq.size() > 1) if (dq.pollFirst() != dq.pollLast()) pal = false;
        System.out.println("palindrome " + pal);
        Deque<Integer> win = new ArrayDeque<>();
        int[] data = {4, 2, 12, 3, 8, 1, 7, 9, 5};
        StringBuilder maxes = new StringBuilder();
        for (int i = 0; i < data.length; i++) {
            while (!win.isEmpty() && data[win.peekLast()] <= data[i]) win.pollLast();
            win.offerLast(i);
            if (win.peekFirst() <= i - 3) win.pollFirst();
            if (i >= 2) maxes.append(data[win.peekFirst()]).append(' ');
        }
        System.out.println("window max " + maxes.toString().trim());
        Iterator<Integer> desc = new ArrayDeque<>(List.of(1, 2, 3)).descendingIterator();
        while (desc.hasNext()) System.out.print(desc.next());
        System.out.println();
        try { new ArrayDeque<Integer>().pop(); } catch (NoSuchElementException e) { System.out.println("NSEE on empty pop"); }
    }
}
