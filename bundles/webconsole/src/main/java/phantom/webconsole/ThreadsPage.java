package phantom.webconsole;

import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import phantom.api.vm.VirtualMachine;

/** VM threads: state, priority, where, what each waits on, stacks; suspend, resume, kill, priority. */
@Component(service = Servlet.class, property = { "felix.webconsole.label=" + ThreadsPage.LABEL, "felix.webconsole.title=Threads", Page.CATEGORY })
public final class ThreadsPage extends Page {
    private static final long serialVersionUID = 1L;
    static final String LABEL = "phantom-threads";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile VirtualMachine vm;

    public ThreadsPage() { super(LABEL); }

    @Override Object data(String name, HttpServletRequest req) {
        VirtualMachine v = need(vm, "the VM");
        return switch (name) {
            case "threads" -> v.threadViews();
            case "stack" -> Map.of("id", number(req, "id"), "frames", v.stack(number(req, "id")));
            default -> throw new NotFound("no data " + name);
        };
    }

    @Override Object action(String name, HttpServletRequest req) {
        VirtualMachine v = need(vm, "the VM");
        long id = number(req, "id");
        String done = switch (name) {
            case "suspend" -> v.suspend(id, true);
            case "resume" -> v.suspend(id, false);
            case "kill" -> v.kill(id);
            case "priority" -> v.setPriority(id, text(req, "priority"));
            default -> throw new NotFound("no action " + name + " (suspend, resume, kill, priority)");
        };
        return Map.of("message", done);
    }
}
