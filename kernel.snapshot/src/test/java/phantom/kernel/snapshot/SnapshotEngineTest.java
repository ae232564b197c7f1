package phantom.kernel.snapshot;

import static org.junit.Assert.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.junit.Test;

import phantom.api.space.ObjectSpace;
import phantom.api.space.Ref;
import phantom.api.space.Roots;
import phantom.space.impl.MappedObjectSpace;

/**
 * Mutator threads write the space without pause while snapshots are taken. At each flip the
 * test records what the space holds (the model); every generation, restored into a fresh file
 * and opened, must hold exactly that, however the writes raced the background copy.
 */
public class SnapshotEngineTest {

    @Test public void everyGenerationIsTheSpaceAsItWasAtItsFlip() throws Throwable {
        Path d = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "engine");
        try (MappedObjectSpace space = MappedObjectSpace.open(d.resolve("space.mem"), 64L << 20);
             SnapshotStore store = SnapshotStore.open(new phantom.devices.FileBlockStorage(), d.resolve("snapshots.img"), 64L << 20)) {
            SnapshotEngine engine = new SnapshotEngine(space, store);
            space.setSnapshotHook(engine);
            int objects = 2000;
            long table = space.allocate(Ref.NULL, objects, 0);
            space.setRoot(Roots.FIRST_FREE, table);
            space.release(table);
            for (int i = 0; i < objects; i++) {
                long o = space.allocate(Ref.NULL, 0, 64);
                space.setLong(o, 56, ~0L); // the invariant holds from the start
                space.setRef(table, i, o);
                space.release(o);
            }
            // a mutator's unit of work is one "transaction" under the read lock; the safepoint takes the write lock
            ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            List<Thread> mutators = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                int seed = t;
                Thread th = new Thread(() -> {
                    SplittableRandom rnd = new SplittableRandom(seed);
                    try {
                        while (!stop.get()) {
                            lock.readLock().lock();
                            try {
                                for (int k = 0; k < 50; k++) {
                                    // each thread owns every third object, so every object is whole at a safepoint
                                    long o = space.getRef(table, 3 * rnd.nextInt(objects / 3) + seed);
                                    long v = rnd.nextLong();
                                    space.setLong(o, 0, v);
                                    space.setLong(o, 56, ~v); // the invariant of every object
                                }
                            } finally {
                                lock.readLock().unlock();
                            }
                        }
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    }
                });
                mutators.add(th);
                th.start();
            }
            List<long[]> models = new ArrayList<>();
            List<Long> generations = new ArrayList<>();
            try {
                for (int g = 0; g < 8; g++) {
                    Thread.sleep(30);
                    long[] model = new long[objects];
                    long gen = engine.take(action -> {
                        lock.writeLock().lock();
                        try {
                            action.run();
                            for (int i = 0; i < objects; i++) model[i] = space.getLong(space.getRef(table, i), 0);
                        } finally {
                            lock.writeLock().unlock();
                        }
                    });
                    models.add(model);
                    generations.add(gen);
                    assertTrue("the pause is only the flip: " + engine.lastPauseNanos() + " ns", engine.lastPauseNanos() < 50_000_000);
                }
            } finally {
                stop.set(true);
                for (Thread th : mutators) th.join();
            }
            if (failure.get() != null) throw failure.get();
            // the two kept generations restore to exactly their models
            for (int k = generations.size() - 2; k < generations.size(); k++) {
                SnapshotStore.Generation g = k == generations.size() - 1 ? store.current() : store.previous();
                assertEquals((long) generations.get(k), g.number());
                Path copy = d.resolve("restored-" + g.number() + ".mem");
                store.restoreInto(g, copy);
                try (MappedObjectSpace r = MappedObjectSpace.open(copy, 64L << 20)) {
                    long t2 = r.root(Roots.FIRST_FREE);
                    long[] model = models.get(k);
                    for (int i = 0; i < objects; i++) {
                        long o = r.getRef(t2, i);
                        assertEquals("generation " + g.number() + " object " + i, model[i], r.getLong(o, 0));
                        assertEquals("generation " + g.number() + " (of " + generations + ") object " + i + " at " + Long.toHexString(o)
                            + ": its second word, 56 bytes on", ~model[i], r.getLong(o, 56));
                    }
                    assertEquals(space.stats().liveObjects(), r.stats().liveObjects());
                }
            }
            assertTrue("incremental generations write less than everything", engine.lastPages() > 0);
            ObjectSpace unused = space;
            assertNotNull(unused);
        }
    }
}
