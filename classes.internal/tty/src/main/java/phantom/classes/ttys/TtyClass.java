package phantom.classes.ttys;

import org.osgi.service.component.annotations.Component;

import phantom.api.classes.AbstractInternalClass;
import phantom.api.classes.CoreClasses;
import phantom.api.classes.InternalClass;
import phantom.api.classes.NativeCall;
import phantom.api.space.ObjectSpace;
import phantom.api.space.Ref;

/** The console: print, println and readLine (null at end of input; waits without holding a carrier). */
@Component(service = InternalClass.class, property = InternalClass.CLASS_NAME + "=tty")
public final class TtyClass extends AbstractInternalClass {
    public TtyClass() { super("tty", 1, CoreClasses.TTY); }

    @Override protected long invokeOwn(NativeCall call, int ordinal, long self, long[] args) {
        return switch (CoreClasses.TTY.get(ordinal)) {
            case "print" -> {
                call.console().print(call.describe(arg(call, args, 0)));
                yield Ref.NULL;
            }
            case "println" -> {
                call.console().print((args.length == 0 ? "" : call.describe(args[0])) + "\n");
                yield Ref.NULL;
            }
            case "readLine" -> {
                // never block a carrier: with no line yet, the call is issued again shortly (and after a restart)
                String line = call.console().pollLine();
                if (line != null) yield call.newString(line);
                if (!call.console().atEnd()) call.retryOn("console", 1000);
                yield Ref.NULL;
            }
            default -> throw call.error("tty has no method #" + ordinal);
        };
    }
}
