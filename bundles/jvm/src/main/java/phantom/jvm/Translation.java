package phantom.jvm;

import java.lang.classfile.MethodModel;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The whole-program translation (work in progress, not yet behind the ClassTranslator service):
 * the main class and every class it reaches, program's or library's, in load order, then the
 * companions and lambda classes, then the direct copies super calls need.
 */
final class Translation {
    private Translation() {}

    static String translate(byte[] main, Function<String, byte[]> lookup) {
        Program p = new Program(main, lookup);
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, ClassWriter> writers = new LinkedHashMap<>();
        StringBuilder extra = new StringBuilder();
        for (String c : p.loadOrder()) {
            if (c.equals("java/lang/PhantomNative")) continue;
            ClassWriter w = new ClassWriter(p, p.get(c), extra);
            writers.put(c, w);
            texts.put(c, w.write());
        }
        Set<String> done = new HashSet<>();
        boolean more = true;
        while (more) {
            more = false;
            for (String target : List.copyOf(p.directTargets)) {
                if (!done.add(target)) continue;
                more = true;
                int sp = target.indexOf(' ');
                String owner = target.substring(0, sp), sig = target.substring(sp + 1);
                ClassWriter w = writers.get(owner);
                for (MethodModel m : p.get(owner).methods()) {
                    if ((m.methodName().stringValue() + m.methodType().stringValue()).equals(sig)) {
                        String vm = Calls.vmName(new Program.Found(owner, m)) + "$direct$" + Names.flat(owner);
                        texts.put(owner, texts.get(owner) + w.method(m, vm));
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder();
        for (String t : texts.values()) out.append(t);
        return out.append(extra).toString();
    }
}
