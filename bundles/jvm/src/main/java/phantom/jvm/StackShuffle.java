package phantom.jvm;

import java.lang.classfile.Opcode;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM's stack instructions (pop, dup, swap and their _x and 2 forms) on the two stacks. Each
 * is a permutation of the top values, chosen by their categories (a long or double is one value
 * of two slots); per VM stack it becomes nothing (values of the other stack only moved), a dup,
 * a swap or a round trip through scratch locals.
 */
final class StackShuffle {
    private StackShuffle() {}

    static void apply(MethodWriter w, Opcode op) {
        List<Character> top = new ArrayList<>(); // popped values, deepest first
        int[] result; // indexes into top, bottom to top of what is pushed back
        switch (op) {
            case POP -> { take(w, top, 1); result = new int[0]; }
            case POP2 -> { take(w, top, wide(w, 0) ? 1 : 2); result = new int[0]; }
            case DUP -> { take(w, top, 1); result = new int[] {0, 0}; }
            case DUP_X1 -> { take(w, top, 2); result = new int[] {1, 0, 1}; }
            case DUP_X2 -> {
                if (wide(w, 1)) { take(w, top, 2); result = new int[] {1, 0, 1}; }
                else { take(w, top, 3); result = new int[] {2, 0, 1, 2}; }
            }
            case DUP2 -> {
                if (wide(w, 0)) { take(w, top, 1); result = new int[] {0, 0}; }
                else { take(w, top, 2); result = new int[] {0, 1, 0, 1}; }
            }
            case DUP2_X1 -> {
                if (wide(w, 0)) { take(w, top, 2); result = new int[] {1, 0, 1}; }
                else { take(w, top, 3); result = new int[] {1, 2, 0, 1, 2}; }
            }
            case DUP2_X2 -> {
                boolean w0 = wide(w, 0);
                if (w0 && wide(w, 1)) { take(w, top, 2); result = new int[] {1, 0, 1}; }
                else if (w0) { take(w, top, 3); result = new int[] {2, 0, 1, 2}; }
                else if (wide(w, 2)) { take(w, top, 3); result = new int[] {1, 2, 0, 1, 2}; }
                else { take(w, top, 4); result = new int[] {2, 3, 0, 1, 2, 3}; }
            }
            case SWAP -> { take(w, top, 2); result = new int[] {1, 0}; }
            default -> throw w.refuse(op.name().toLowerCase() + " (not translated)");
        }
        if (top.contains('u')) {
            // new String; dup: the string does not exist until its constructor runs
            if (op == Opcode.DUP) { w.push('u'); w.push('u'); return; }
            throw w.refuse(op.name().toLowerCase() + " of an unconstructed String");
        }
        realize(w, top, result, true);
        realize(w, top, result, false);
        for (int i : result) w.push(top.get(i));
    }

    private static boolean wide(MethodWriter w, int depth) {
        Object[] s = w.stack.toArray();
        if (s.length <= depth) throw w.refuse("code whose stack the translator cannot follow");
        return Names.wide((Character) s[s.length - 1 - depth]);
    }

    private static void take(MethodWriter w, List<Character> top, int n) {
        for (int i = 0; i < n; i++) top.add(0, w.pop());
    }

    /** The permutation restricted to one VM stack (objects or numbers), in instructions. */
    private static void realize(MethodWriter w, List<Character> top, int[] result, boolean objects) {
        List<Integer> before = new ArrayList<>(), after = new ArrayList<>();
        for (int i = 0; i < top.size(); i++) if ((top.get(i) == 'A') == objects) before.add(i);
        for (int i : result) if ((top.get(i) == 'A') == objects) after.add(i);
        if (before.equals(after)) return;
        if (before.size() == 1 && after.isEmpty()) { w.emit(objects ? "opop" : "ipop"); return; }
        if (before.size() == 1 && after.size() == 2) { w.emit(objects ? "odup" : "idup"); return; }
        if (before.size() == 2 && after.size() == 2 && after.get(0).equals(before.get(1)) && after.get(1).equals(before.get(0))) {
            if (objects || top.get(before.get(0)) == top.get(before.get(1))) { w.emit(objects ? "oswap" : "iswap"); return; }
        }
        // through scratch locals: popped top first
        for (int j = before.size() - 1; j >= 0; j--) {
            char k = top.get(before.get(j));
            w.emit(Names.prefix(k) + "store " + w.temp(k == 'A' ? 'A' : k, 10 + before.get(j)));
        }
        for (int i : after) {
            char k = top.get(i);
            w.emit(Names.prefix(k) + "load " + w.temp(k == 'A' ? 'A' : k, 10 + i));
        }
    }
}
