package phantom.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

import phantom.api.space.ObjectSpace;
import phantom.api.space.Ref;
import phantom.api.space.Roots;

/** Boots Felix with every bundle of the system and checks that it is all wired and working. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SystemWiringTest {

    @Inject BundleContext context;
    @Inject ServiceComponentRuntime scr;
    @Inject ObjectSpace space;

    @Configuration
    public Option[] config() {
        return new Option[] { PhantomOptions.system() };
    }

    @Test
    public void everyBundleOfTheSystemIsActive() {
        List<String> notActive = new ArrayList<>();
        List<String> drivers = new ArrayList<>();
        String arch = System.getProperty("os.arch");
        String mine = arch.equals("amd64") || arch.equals("x86_64") ? "phantom.drivers.x86." : "phantom.drivers.arm.";
        for (Bundle b : context.getBundles()) {
            boolean fragment = b.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            String bsn = b.getSymbolicName();
            if (bsn.startsWith("phantom.drivers.")) {
                // exactly the driver set of this processor resolves; the other stays installed
                if (bsn.startsWith(mine)) assertEquals(bsn, Bundle.ACTIVE, b.getState());
                else assertEquals(bsn + " is for another processor", Bundle.INSTALLED, b.getState());
                drivers.add(bsn);
                continue;
            }
            if (!fragment && b.getState() != Bundle.ACTIVE) notActive.add(bsn);
        }
        assertTrue("bundles not active: " + notActive, notActive.isEmpty());
        assertEquals(drivers.toString(), 6, drivers.size()); // console, storage and network, for each processor
        assertNotNull("the host's block storage is registered", context.getServiceReference(phantom.api.driver.BlockStorage.class));
        assertNotNull("the host's clock driver is registered", context.getServiceReference(phantom.api.driver.Clock.class));
        assertNotNull("the host's console driver is registered", context.getServiceReference(phantom.api.driver.Console.class));
        assertNotNull("the host's network driver is registered", context.getServiceReference(phantom.api.driver.Network.class));
        for (String bsn : new String[] { "phantom.api", "phantom.space", "phantom.vm.gc.refcount", "phantom.system" }) {
            assertNotNull(bsn + " installed", find(bsn));
        }
    }

    @Test
    public void everyComponentIsSatisfiedAndActive() {
        List<String> problems = new ArrayList<>();
        int phantomComponents = 0;
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs()) {
            if (d.bundle.symbolicName.startsWith("phantom.")) phantomComponents++;
            if (!d.defaultEnabled) continue;
            var configs = scr.getComponentConfigurationDTOs(d);
            if (configs.isEmpty()) problems.add(d.name + ": no configuration");
            for (ComponentConfigurationDTO c : configs) {
                // delayed components are SATISFIED until first used: wired, just not yet needed
                if (c.state != ComponentConfigurationDTO.ACTIVE && c.state != ComponentConfigurationDTO.SATISFIED) {
                    problems.add(d.name + ": state " + c.state);
                }
            }
        }
        assertTrue("components not satisfied: " + problems, problems.isEmpty());
        assertTrue("the phantom components are found", phantomComponents >= 3);
    }

    @Test
    public void theObjectSpaceServiceWorksWithTheRefcountTier() {
        long before = space.stats().liveObjects();
        long list = Ref.NULL;
        for (int i = 0; i < 1000; i++) {
            long node = space.allocate(Ref.NULL, 1, 8);
            space.setLong(node, 0, i);
            space.setRef(node, 0, list);
            space.release(list);
            list = node;
        }
        space.setRoot(Roots.FIRST_FREE, list);
        space.release(list);
        assertEquals(before + 1000, space.stats().liveObjects());
        assertEquals(999L, space.getLong(space.root(Roots.FIRST_FREE), 0));
        space.setRoot(Roots.FIRST_FREE, Ref.NULL);
        assertEquals("the refcount bundle freed the whole list", before, space.stats().liveObjects());
    }

    private Bundle find(String bsn) {
        for (Bundle b : context.getBundles()) if (bsn.equals(b.getSymbolicName())) return b;
        return null;
    }
}
