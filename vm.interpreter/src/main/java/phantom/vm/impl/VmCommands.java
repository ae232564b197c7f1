package phantom.vm.impl;

import java.io.IOException;
import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import phantom.api.vm.VirtualMachine;

/** Gogo shell commands: {@code vm:run FILE}, {@code vm:load FILE}, {@code vm:start CLASS}, {@code vm:threads}. */
@Component(service = VmCommands.class, property = { "osgi.command.scope=vm", "osgi.command.function=run",
    "osgi.command.function=load", "osgi.command.function=start", "osgi.command.function=threads" })
public final class VmCommands {
    @Reference
    private VirtualMachine vm;

    /** Loads a .pasm or class file and starts a thread running the class's main method. */
    public String run(String file) throws IOException {
        String cls = load(file);
        long t = vm.start(cls);
        return "started " + cls + " (thread ref " + Long.toHexString(t) + ")";
    }

    public String load(String file) throws IOException {
        if (!(vm instanceof VmComponent c)) throw new IllegalStateException("no file loading in this VM");
        return c.loadFile(Path.of(file));
    }

    public String start(String className) {
        vm.start(className);
        return "started " + className;
    }

    public String threads() {
        StringBuilder sb = new StringBuilder();
        for (VirtualMachine.ThreadInfo t : vm.threads()) {
            sb.append(String.format("%5d %-9s %s%n", t.id(), t.state(), t.where()));
        }
        return sb.length() == 0 ? "no threads" : sb.toString().stripTrailing();
    }
}
