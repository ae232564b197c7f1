package phantom.space.impl;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import phantom.api.space.NoUsableGenerationException;
import phantom.api.space.SpaceRecovery;

/**
 * Decides from what is on disk how the space opens: a file closed cleanly and intact as it is;
 * any other through recovery from the snapshot store; with no whole generation to recover,
 * refused (nothing changed) unless the user asked to open it as it is.
 */
public final class SpaceOpener {
    private static final Logger LOG = LoggerFactory.getLogger(SpaceOpener.class);

    /** The open space, how it came to be (SpaceRecovery.ORIGIN_PROPERTY), and the generation restored (-1: none). */
    public record Opened(MappedObjectSpace space, String origin, long generation) {}

    /** The space cannot be opened safely; the message says what was found and what the user can do. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) { super(message); }
    }

    private final SpaceRecovery recovery;
    private final boolean openAsIs;
    private final boolean lazily;

    /** {@code recovery} may be null (none installed); {@code openAsIs}: the user's --open-as-is. Restores lazily. */
    public SpaceOpener(SpaceRecovery recovery, boolean openAsIs) {
        this(recovery, openAsIs, true);
    }

    /**
     * As above; {@code lazily}: a restore maps the generation and reads its pages on first touch
     * (docs/image-format.md, "Lazy restart") when the recovery supports it, else it copies every
     * page before the space opens. The caller starts the background reader ({@link MappedObjectSpace#startPageIn}).
     */
    public SpaceOpener(SpaceRecovery recovery, boolean openAsIs, boolean lazily) {
        this.recovery = recovery;
        this.openAsIs = openAsIs;
        this.lazily = lazily;
    }

    /**
     * Locks {@code file} first (a second process is refused before anything is read or changed),
     * then opens, restores or refuses it; on refusal the file is as it was (one this call
     * created empty is removed again).
     */
    public Opened open(Path file, long capacity) throws IOException, Refused {
        boolean existed = Files.exists(file);
        FileChannel locked = SpaceFile.openLocked(file);
        try {
            Opened o = open(locked, file, capacity);
            String why = o.space().reserveDisk();
            if (why != null) LOG.error("{}: pages are not reserved on disk ({}); a full disk may stop programs", file, why);
            return o;
        } catch (IOException | Refused | RuntimeException e) {
            locked.close();
            if (!existed && Files.size(file) == 0) Files.deleteIfExists(file);
            throw e;
        }
    }

    private Opened open(FileChannel locked, Path file, long capacity) throws IOException, Refused {
        SpaceFile.Inspection in = SpaceFile.inspect(locked, file); // through the locked channel: the lock stays
        if (in.state() == SpaceFile.State.CLEAN) {
            // the store's newest generation, when the space is exactly it: the snapshot chain goes on from there
            long same = recovery == null ? -1 : recovery.generationOf(file, in.sums());
            return new Opened(MappedObjectSpace.open(locked, file, capacity, false, in.sums()), "clean", same);
        }
        String found = describe(file, in);
        if (recovery == null) {
            if (in.state() == SpaceFile.State.ABSENT) return created(locked, file, capacity);
            return asIs(locked, file, capacity, found + "; no snapshot recovery is installed");
        }
        if (in.state() == SpaceFile.State.DAMAGED) LOG.error("{}; restoring it from the snapshot store", found);
        else if (in.state() == SpaceFile.State.NOT_CLEAN) LOG.info("{}; restoring it from the snapshot store", found);
        long g;
        try {
            phantom.api.space.LazyRestore lazy = lazily ? recovery.recoverLazily(file, locked) : null;
            if (lazy != null) {
                try {
                    return new Opened(MappedObjectSpace.openLazily(locked, file, capacity, lazy), "restored", lazy.generation());
                } catch (IOException | RuntimeException e) {
                    lazy.close();
                    throw e;
                }
            }
            g = recovery.recover(file, locked); // written through the locked channel: the lock stays
        } catch (NoUsableGenerationException e) {
            if (in.state() == SpaceFile.State.ABSENT && e.nothingStored()) return created(locked, file, capacity);
            return asIs(locked, file, capacity, found + "; " + e.getMessage());
        } catch (IOException e) {
            throw new Refused(found + "; restoring it from the snapshot store failed: " + e.getMessage()
                + ". The snapshot store was not changed; start again once the cause is fixed.");
        }
        return new Opened(MappedObjectSpace.open(locked, file, capacity, false, null), "restored", g);
    }

    private static String describe(Path file, SpaceFile.Inspection in) {
        return switch (in.state()) {
            case ABSENT -> "there is no " + file;
            case NOT_CLEAN -> file + " was not closed cleanly (the process was killed or the machine stopped)";
            default -> in.problem();
        };
    }

    private static Opened created(FileChannel locked, Path file, long capacity) throws IOException {
        return new Opened(MappedObjectSpace.open(locked, file, capacity, false, null), "created", -1);
    }

    /** No whole generation: the space opens as it is only when the user asked for it. */
    private Opened asIs(FileChannel locked, Path file, long capacity, String found) throws IOException, Refused {
        if (!openAsIs) {
            throw new Refused(found + ". Nothing was changed and no thread was started. To open the space as it is"
                + " (its state may be torn), start with --open-as-is; to start afresh, move the data directory away.");
        }
        LOG.error("opening {} AS IT IS, as asked (--open-as-is): {}", file, found);
        return new Opened(MappedObjectSpace.open(locked, file, capacity, true, null), "as-is", -1);
    }
}
