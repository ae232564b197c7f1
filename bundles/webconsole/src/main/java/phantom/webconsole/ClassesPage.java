package phantom.webconsole;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import phantom.api.vm.VirtualMachine;

/** Every class version with its instance and frame counts. */
@Component(service = Servlet.class, property = { "felix.webconsole.label=" + ClassesPage.LABEL, "felix.webconsole.title=Classes", Page.CATEGORY })
public final class ClassesPage extends Page {
    private static final long serialVersionUID = 1L;
    static final String LABEL = "phantom-classes";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile VirtualMachine vm;

    public ClassesPage() { super(LABEL); }

    @Override Object data(String name, HttpServletRequest req) {
        if (!name.equals("classes")) throw new NotFound("no data " + name);
        return need(vm, "the VM").classes();
    }
}
