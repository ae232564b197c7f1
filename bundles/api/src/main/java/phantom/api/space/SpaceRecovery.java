package phantom.api.space;

import java.io.IOException;
import java.nio.file.Path;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Brings a space file back to the newest consistent state before the space opens it, when the
 * file was not closed cleanly (the process was killed or the machine lost power).
 */
@ConsumerType
public interface SpaceRecovery {
    /**
     * Rewrites {@code spaceFile} from the newest complete snapshot generation. Returns false
     * when there is nothing to recover from (no snapshot taken yet).
     */
    boolean recover(Path spaceFile) throws IOException;
}
