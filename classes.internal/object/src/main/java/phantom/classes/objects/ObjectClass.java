package phantom.classes.objects;

import org.osgi.service.component.annotations.Component;

import phantom.api.classes.AbstractInternalClass;
import phantom.api.classes.CoreClasses;
import phantom.api.classes.InternalClass;
import phantom.api.classes.NativeCall;
import phantom.api.space.ObjectSpace;
import phantom.api.space.Ref;

/** The root class: every object answers toString, equals, hashCode and className. */
@Component(service = InternalClass.class, property = InternalClass.CLASS_NAME + "=object")
public final class ObjectClass extends AbstractInternalClass {
    public ObjectClass() { super("object", 1, CoreClasses.OBJECT); }

    @Override protected long invokeOwn(NativeCall call, int ordinal, long self, long[] args) {
        throw call.error("object has no method #" + ordinal);
    }
}
