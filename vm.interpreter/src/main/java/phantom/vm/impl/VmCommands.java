package phantom.vm.impl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import phantom.api.vm.VirtualMachine;

/**
 * Gogo shell commands of the VM: running programs and controlling their threads. Kill, suspend
 * and priority are kept in the thread object in the space, so they hold across restarts.
 */
@Component(service = VmCommands.class, property = { "osgi.command.scope=vm", "osgi.command.function=run",
    "osgi.command.function=load", "osgi.command.function=start", "osgi.command.function=threads",
    "osgi.command.function=kill", "osgi.command.function=suspend", "osgi.command.function=resume",
    "osgi.command.function=priority", "osgi.command.function=patch", "osgi.command.function=classes", "osgi.command.function=migrate" })
public final class VmCommands {
    @Reference
    private VirtualMachine vm;

    @Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
        policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC,
        policyOption = org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY)
    private volatile phantom.api.kernel.Snapshotter snapshotter;

    @Descriptor("load a program (.pasm, .phc, .java, a JVM .class or an application .jar) and start a thread in its main ()V")
    public String run(@Descriptor("FILE: the program file, .pasm, .phc, .java, .class or .jar") String file) throws IOException {
        String cls = load(file);
        return "started " + cls + " as thread " + component().startThread(cls)[1];
    }

    @Descriptor("load a program's classes (.pasm, .phc, .java, .class or .jar) without starting it")
    public String load(@Descriptor("FILE: the program file, .pasm, .phc, .java, .class or .jar") String file) throws IOException {
        return component().loadFile(Path.of(file));
    }

    @Descriptor("start a thread in main ()V of a loaded class")
    public String start(@Descriptor("CLASS: a loaded class") String className) {
        return "started " + className + " as thread " + component().startThread(className)[1];
    }

    @Descriptor("list the VM threads: id, name, state, priority, where (class.method, source line) and what each waits on")
    public String threads() {
        return format(component().threadDetails());
    }

    static String format(java.util.List<VmComponent.ThreadDetails> ts) {
        if (ts.isEmpty()) return "no threads";
        StringBuilder sb = new StringBuilder(String.format("%5s %-16s %-10s %-8s %-40s %s%n", "id", "name", "state", "priority", "at", "waits on"));
        for (VmComponent.ThreadDetails t : ts) {
            String prio = t.priority() >= 0 && t.priority() < VmComponent.PRIORITIES.size() ? VmComponent.PRIORITIES.get(t.priority()) : "?";
            sb.append(String.format("%5d %-16s %-10s %-8s %-40s %s%n", t.info().id(), t.name(), t.info().state(), prio, t.info().where(), t.waitsOn()));
        }
        return sb.toString().stripTrailing();
    }

    @Descriptor("end a thread (its frames are freed; the end holds across a restart)")
    public String kill(@Descriptor("ID: the thread id, from vm:threads") long id) {
        return component().kill(id);
    }

    @Descriptor("stop running a thread until vm:resume (kept across restarts)")
    public String suspend(@Descriptor("ID: the thread id, from vm:threads") long id) {
        return component().suspend(id, true);
    }

    @Descriptor("let a suspended thread run again")
    public String resume(@Descriptor("ID: the thread id, from vm:threads") long id) {
        return component().suspend(id, false);
    }

    @Descriptor("set a thread's priority class (kept across restarts)")
    public String priority(@Descriptor("ID: the thread id, from vm:threads") long id,
                           @Descriptor("PRIORITY: normal, realtime or idle") String priority) {
        int p = VmComponent.PRIORITIES.indexOf(priority.toLowerCase(Locale.ROOT));
        if (p < 0) throw new IllegalArgumentException("priority must be normal, realtime or idle, not '" + priority + "'");
        return component().setPriority(id, p);
    }

    @Descriptor("patch running classes from a file: new calls run the new code, on old instances too (they migrate at their next call); "
        + "with --rollback, return a class to its previous version")
    public String patch(@Descriptor("ROLLBACK: return CLASS to its previous version instead (the option --rollback or -r)") @Parameter(names = { "--rollback", "-r" },
                            absentValue = "false", presentValue = "true") boolean rollback,
                        @Descriptor("TARGET: the file (.pasm or .phc) with the new versions, or with --rollback the CLASS") String target) throws IOException {
        String done = rollback ? vm.rollback(target) : String.join("\n", vm.patch(Path.of(target)));
        return done + "\n" + PatchInbox.durable(snapshotter);
    }

    @Descriptor("migrate every instance of a class's old versions now, in a background thread, instead of at each one's next use")
    public String migrate(@Descriptor("CLASS: a patched class") String className) {
        return vm.migrate(className);
    }

    @Descriptor("list the classes: each version, whether it is current, its live instances and the frames still running its code")
    public String classes(@Descriptor("ALL: also list the internal classes (the option --all or -a)") @Parameter(names = { "--all", "-a" },
                              absentValue = "false", presentValue = "true") boolean all) {
        return formatClasses(vm.classes(), all);
    }

    static String formatClasses(java.util.List<VirtualMachine.ClassVersion> cs, boolean all) {
        StringBuilder sb = new StringBuilder(String.format("%-24s %-9s %-8s %10s %7s%n", "class", "version", "", "instances", "frames"));
        String last = null;
        int shown = 0;
        for (VirtualMachine.ClassVersion c : cs) {
            if ((c.internal() || c.name().startsWith("$")) && !all) continue;
            String name = c.name().equals(last) ? "" : c.name();
            last = c.name();
            sb.append(String.format("%-24s %-9s %-8s %10d %7d%n", name, c.internal() ? "internal" : "v" + c.version(),
                c.current() ? "current" : "old", c.instances(), c.frames()));
            shown++;
        }
        return shown == 0 ? "no classes loaded (vm:classes --all lists the internal ones)" : sb.toString().stripTrailing();
    }

    private VmComponent component() {
        if (!(vm instanceof VmComponent c)) throw new IllegalStateException("this VM has no thread control");
        return c;
    }
}
