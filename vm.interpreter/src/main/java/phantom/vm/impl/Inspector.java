package phantom.vm.impl;

import java.util.ArrayList;
import java.util.List;

import phantom.api.space.ObjectSpace;
import phantom.api.space.Ref;
import phantom.api.vm.VirtualMachine.Field;
import phantom.api.vm.VirtualMachine.ObjectView;

/**
 * What the object inspector shows of one object: fields by their qualified names for bytecode
 * classes, slots for the rest, arrays by element. Runs at a safepoint, so nothing is freed under it.
 */
final class Inspector {
    /** The root slots' names (phantom.api.space.Roots), for the view of ref 0. */
    static final List<String> ROOTS = List.of("system", "classes", "threads", "int class", "monitors", "sockets", "out of memory", "owners");
    static final int MAX_FIELDS = 256;

    private final ObjectSpace space;
    private final VmRuntime rt;

    Inspector(ObjectSpace space, VmRuntime rt) {
        this.space = space;
        this.rt = rt;
    }

    ObjectView view(long ref) {
        if (ref == Ref.NULL) return roots();
        if (!Ref.isObject(ref) || ref < 0 || ref >= space.capacity() || (ref & 7) != 0) {
            throw new IllegalArgumentException("not an object reference: " + ref);
        }
        long self = ref;
        try {
            long cls = space.classOf(ref);
            String className = className(cls);
            int refs = space.refSlots(ref), data = space.dataBytes(ref);
            List<Field> fields = new ArrayList<>();
            String text = null;
            if (cls == rt.stringClass) {
                text = rt.stringValue(ref);
            } else if (cls == rt.arrayClass) {
                long size = space.getLong(ref, Shapes.A_SIZE);
                long backing = space.getRef(ref, Shapes.A_BACKING);
                text = "size " + size;
                for (int i = 0; i < size && i < MAX_FIELDS && backing != Ref.NULL; i++) fields.add(field("[" + i + "]", space.getRef(backing, i)));
            } else {
                ClassInfo info = cls == Ref.NULL ? null : rt.info(cls);
                if (info != null && info.base != null) {
                    // an instance migrated to a larger layout keeps its fields in the extension object in slot 0
                    ref = space.getRef(ref, 0);
                    info = info.base;
                    refs = space.refSlots(ref);
                    data = space.dataBytes(ref);
                }
                String[] objNames = info == null || info.internal ? null : info.objNames;
                String[] intNames = info == null || info.internal ? null : info.intNames;
                for (int i = 0; i < refs && i < MAX_FIELDS; i++) {
                    fields.add(field(objNames != null && i < objNames.length ? objNames[i] : "slot " + i, space.getRef(ref, i)));
                }
                if (intNames != null) {
                    for (int i = 0; i < intNames.length && (i + 1) * 8 <= data; i++) {
                        fields.add(new Field(intNames[i], Ref.NULL, Long.toString(space.getLong(ref, i * 8))));
                    }
                }
            }
            return new ObjectView(self, className, space.refCount(self), data, text, fields);
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot read an object at " + ref + ": " + e.getMessage(), e);
        }
    }

    private ObjectView roots() {
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < space.rootCount(); i++) {
            long v = space.root(i);
            if (v == Ref.NULL && i >= ROOTS.size()) continue;
            fields.add(field(i < ROOTS.size() ? ROOTS.get(i) : "root " + i, v));
        }
        return new ObjectView(Ref.NULL, "roots", 0, 0, null, fields);
    }

    private Field field(String name, long v) {
        if (v == Ref.NULL) return new Field(name, Ref.NULL, "null");
        if (Ref.isInt(v)) return new Field(name, Ref.NULL, Long.toString(Ref.intValue(v)));
        long cls = space.classOf(v);
        String value = className(cls);
        if (cls == rt.stringClass) {
            String sv = rt.stringValue(v);
            value = "string \"" + (sv.length() > 60 ? sv.substring(0, 60) + "..." : sv) + "\"";
        }
        return new Field(name, v, value);
    }

    private String className(long cls) {
        if (cls == Ref.NULL) return "?";
        String n = rt.stringValue(space.getRef(cls, Shapes.C_NAME));
        return n == null ? "?" : n;
    }
}
