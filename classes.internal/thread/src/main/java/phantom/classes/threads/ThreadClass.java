package phantom.classes.threads;

import org.osgi.service.component.annotations.Component;

import phantom.api.classes.AbstractInternalClass;
import phantom.api.classes.CoreClasses;
import phantom.api.classes.InternalClass;
import phantom.api.classes.NativeCall;
import phantom.api.space.ObjectSpace;
import phantom.api.space.Ref;

/** VM threads as seen by programs: their id and name (thread layout: docs/bytecode.md). */
@Component(service = InternalClass.class, property = InternalClass.CLASS_NAME + "=thread")
public final class ThreadClass extends AbstractInternalClass {
    static final int NAME = 1, ID = 0, STATE = 8, PRIORITY = 12, CONTROL = 48, CONTROL_FAILED = 2, CONTROL_DAEMON = 4;

    /** Finished (2) or failed (3): the thread object outlives its thread while the program holds it. */
    private static boolean ended(phantom.api.space.ObjectSpace s, long t) {
        int state = s.getInt(t, STATE);
        return state == 2 || state == 3;
    }

    public ThreadClass() { super("thread", 1, CoreClasses.THREAD); }

    @Override protected long invokeOwn(NativeCall call, int ordinal, long self, long[] args) {
        long t = self == Ref.NULL ? call.thread() : self;
        return switch (CoreClasses.THREAD.get(ordinal)) {
            case "id" -> Ref.ofInt(call.space().getLong(t, ID));
            case "name" -> keep(call, call.space().getRef(t, NAME));
            case "current" -> keep(call, call.thread());
            case "priority" -> Ref.ofInt(call.space().getInt(t, PRIORITY));
            case "setPriority" -> {
                long p = intArg(call, args, 0);
                if (p < 0 || p > 2) throw call.error("priority must be 0 (normal), 1 (real-time) or 2 (idle), not " + p);
                // real-time runs before every normal thread: only the threads the system admits
                if (p == 1 && !call.admitRealtime(t)) throw call.error("real-time priority not granted (the VM admits a limited number of real-time threads)");
                call.space().setInt(t, PRIORITY, (int) p);
                yield Ref.NULL;
            }
            case "join" -> {
                // waits for the end of the thread (Java's Thread.join); the call is issued again when it ends
                if (t == call.thread()) throw call.error("a thread cannot join itself");
                if (!ended(call.space(), t)) call.retryOn(NativeCall.threadEndEvent(call.space().getLong(t, ID)), 100);
                yield Ref.NULL;
            }
            case "isAlive" -> Ref.ofInt(ended(call.space(), t) ? 0 : 1);
            case "fail" -> {
                // the thread ends as failed, whatever way it ends (a language's uncaught exception, already reported)
                if (t != call.thread()) throw call.error("only a thread itself can mark itself failed");
                if (call.space().dataBytes(t) < CONTROL + 4) throw call.error("this thread was made before threads could be marked failed");
                call.space().setInt(t, CONTROL, call.space().getInt(t, CONTROL) | CONTROL_FAILED);
                yield Ref.NULL;
            }
            case "setDaemon" -> {
                // a daemon does not keep a run going: a one-shot run ends when only daemons are left (Java's rule)
                if (call.space().dataBytes(t) < CONTROL + 4) throw call.error("this thread was made before threads could be daemons");
                int c = call.space().getInt(t, CONTROL);
                call.space().setInt(t, CONTROL, intArg(call, args, 0) != 0 ? c | CONTROL_DAEMON : c & ~CONTROL_DAEMON);
                yield Ref.NULL;
            }
            case "setName" -> {
                long name = arg(call, args, 0);
                if (!call.className(name).equals("string")) throw call.error("a thread's name is a string, not " + call.describe(name));
                call.space().setRef(t, NAME, name); // the write barrier counts the reference the thread now holds
                yield Ref.NULL;
            }
            default -> throw call.error("thread has no method #" + ordinal);
        };
    }
}
