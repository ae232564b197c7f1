package phantom.webconsole;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import phantom.api.vm.VirtualMachine;

/** The object inspector: from the root slots through fields, one object at a time. */
@Component(service = Servlet.class, property = { "felix.webconsole.label=" + ObjectsPage.LABEL, "felix.webconsole.title=Objects", Page.CATEGORY })
public final class ObjectsPage extends Page {
    private static final long serialVersionUID = 1L;
    static final String LABEL = "phantom-objects";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile VirtualMachine vm;

    public ObjectsPage() { super(LABEL); }

    @Override Object data(String name, HttpServletRequest req) {
        if (!name.equals("object")) throw new NotFound("no data " + name);
        String ref = req.getParameter("ref");
        return need(vm, "the VM").inspect(ref == null || ref.isBlank() ? 0 : number(req, "ref"));
    }
}
