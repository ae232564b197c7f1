package phantom.classes.classes;

import org.osgi.service.component.annotations.Component;

import phantom.api.classes.AbstractInternalClass;
import phantom.api.classes.CoreClasses;
import phantom.api.classes.InternalClass;
import phantom.api.classes.NativeCall;
import phantom.api.space.ObjectSpace;
import phantom.api.space.Ref;

/** Class objects: their name and superclass (layout of class objects: docs/bytecode.md). */
@Component(service = InternalClass.class, property = InternalClass.CLASS_NAME + "=class")
public final class ClassClass extends AbstractInternalClass {
    static final int NAME = 0, SUPER = 1;

    public ClassClass() { super("class", 1, CoreClasses.CLASS); }

    @Override protected long invokeOwn(NativeCall call, int ordinal, long self, long[] args) {
        if (!call.className(self).equals("class")) throw call.error("not a class object");
        return switch (CoreClasses.CLASS.get(ordinal)) {
            case "name" -> keep(call, call.space().getRef(self, NAME));
            case "superclass" -> keep(call, call.space().getRef(self, SUPER));
            default -> throw call.error("class has no method #" + ordinal);
        };
    }

    @Override protected String toString(NativeCall call, long self) {
        return "class " + call.stringValue(call.space().getRef(self, NAME));
    }
}
