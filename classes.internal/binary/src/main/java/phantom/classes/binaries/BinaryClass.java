package phantom.classes.binaries;

import org.osgi.service.component.annotations.Component;

import phantom.api.classes.AbstractInternalClass;
import phantom.api.classes.CoreClasses;
import phantom.api.classes.InternalClass;
import phantom.api.classes.NativeCall;
import phantom.api.space.ObjectSpace;
import phantom.api.space.Ref;

/** Resizable byte arrays. Layout: one reference slot (the bytes object) and the size. */
@Component(service = InternalClass.class, property = InternalClass.CLASS_NAME + "=binary")
public final class BinaryClass extends AbstractInternalClass {
    static final int BYTES = 0, SIZE = 0;

    public BinaryClass() { super("binary", 1, CoreClasses.BINARY); }

    @Override public int instanceRefSlots() { return 1; }

    @Override public int instanceDataBytes() { return 8; }

    @Override protected long invokeOwn(NativeCall call, int ordinal, long self, long[] args) {
        ObjectSpace s = call.space();
        int size = (int) s.getLong(self, SIZE);
        return switch (CoreClasses.BINARY.get(ordinal)) {
            case "size" -> Ref.ofInt(size);
            case "resize" -> {
                long n = intArg(call, args, 0);
                if (n < 0) throw call.error("bad size " + n);
                if (n > call.maxBinaryBytes()) throw call.error("binary of " + n + " bytes is over the limit of " + call.maxBinaryBytes());
                long old = s.getRef(self, BYTES);
                long fresh = s.allocate(call.classNamed("classfile"), 0, (int) n);
                int keep = (int) Math.min(n, size);
                if (keep > 0) {
                    byte[] b = new byte[keep];
                    s.readBytes(old, 0, b, 0, keep);
                    s.writeBytes(fresh, 0, b, 0, keep);
                }
                s.setRef(self, BYTES, fresh);
                s.release(fresh);
                s.setLong(self, SIZE, n);
                yield Ref.NULL;
            }
            case "get" -> Ref.ofInt(s.getByte(s.getRef(self, BYTES), indexArg(call, args, 0, size)) & 0xFF);
            case "set" -> {
                s.setByte(s.getRef(self, BYTES), indexArg(call, args, 0, size), (byte) intArg(call, args, 1));
                yield Ref.NULL;
            }
            case "fill" -> {
                long bytes = s.getRef(self, BYTES);
                byte[] b = new byte[size];
                java.util.Arrays.fill(b, (byte) intArg(call, args, 0));
                if (size > 0) s.writeBytes(bytes, 0, b, 0, size);
                yield Ref.NULL;
            }
            default -> throw call.error("binary has no method #" + ordinal);
        };
    }

}
