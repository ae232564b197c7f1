package phantom.webconsole;

import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import phantom.api.vm.VirtualMachine;

/** A terminal window per program (VM thread): its output as it comes and an input line. */
@Component(service = Servlet.class, property = { "felix.webconsole.label=" + TtyPage.LABEL, "felix.webconsole.title=TTY", Page.CATEGORY })
public final class TtyPage extends Page {
    private static final long serialVersionUID = 1L;
    static final String LABEL = "phantom-tty";
    /** Longest line accepted from the page. */
    static final int MAX_LINE = 4096;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile VirtualMachine vm;

    public TtyPage() { super(LABEL); }

    @Override Object data(String name, HttpServletRequest req) {
        VirtualMachine v = need(vm, "the VM");
        return switch (name) {
            case "threads" -> v.threadViews();
            case "output" -> {
                String from = req.getParameter("from");
                yield v.ttyOutput(number(req, "id"), from == null || from.isBlank() ? 0 : number(req, "from"));
            }
            default -> throw new NotFound("no data " + name);
        };
    }

    @Override Object action(String name, HttpServletRequest req) {
        if (!name.equals("input")) throw new NotFound("no action " + name + " (input)");
        long id = number(req, "id");
        String line = text(req, "line");
        if (line.length() > MAX_LINE) throw new IllegalArgumentException("line longer than " + MAX_LINE + " characters");
        if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) throw new IllegalArgumentException("one line at a time (no line breaks)");
        need(vm, "the VM").ttyInput(id, line);
        return Map.of("message", "sent to thread " + id);
    }
}
