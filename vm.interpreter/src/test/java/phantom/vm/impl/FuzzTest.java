package phantom.vm.impl;

import static org.junit.Assert.*;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.CRC32C;

import org.junit.Test;

import phantom.api.kernel.Executor.Outcome;
import phantom.vm.code.Assembler;
import phantom.vm.code.ClassFile;
import phantom.vm.code.ClassFormatException;

/**
 * Mutates good class files (bytes flipped, inserted, deleted, cut; checksum recomputed so the
 * mutation reaches the parser and verifier). Every mutant must either be refused with a clean
 * {@link ClassFormatException}, or load and run without any Java exception escaping the VM.
 */
public class FuzzTest {
    static final int MUTANTS = Integer.getInteger("phantom.fuzz.mutants", 3000);

    @Test public void mutatedClassFilesAreRefusedCleanlyOrRunSafely() throws Exception {
        List<byte[]> seeds = new ArrayList<>();
        for (String ex : List.of("fib.pasm", "sieve.pasm", "strings.pasm", "exceptions.pasm", "dispatch.pasm")) {
            for (ClassFile cf : Assembler.assemble(VmHarness.example(ex))) seeds.add(cf.toBytes());
        }
        SplittableRandom rnd = new SplittableRandom(20261124);
        int refused = 0, loaded = 0, ran = 0;
        try (VmHarness vm = new VmHarness()) {
            // superclasses of the dispatch example, so its subclasses can load
            vm.load(VmHarness.example("dispatch.pasm"));
            for (int i = 0; i < MUTANTS; i++) {
                byte[] seed = seeds.get(rnd.nextInt(seeds.size()));
                byte[] mutant = mutate(seed, rnd);
                if (rnd.nextInt(10) != 0) fixChecksum(mutant);
                String name;
                try {
                    name = vm.rt.loadClass(mutant);
                } catch (ClassFormatException e) {
                    refused++;
                    assertNotNull(e.getMessage());
                    continue;
                } catch (IllegalArgumentException e) {
                    refused++; // descriptor and similar errors: still a clean refusal
                    continue;
                } catch (RuntimeException e) {
                    throw new AssertionError("mutant " + i + " escaped as " + e, e);
                }
                loaded++;
                try {
                    long t = vm.rt.newThread(name);
                    Interpreter in = new Interpreter(vm.rt);
                    for (int s = 0; s < 20; s++) {
                        Outcome o = in.run(t, 5000, () -> false);
                        if (o == Outcome.FINISHED) break;
                    }
                    vm.space.release(t);
                    ran++;
                } catch (IllegalArgumentException noMain) {
                    // a class without main ()V cannot be started: fine
                } catch (RuntimeException e) {
                    throw new AssertionError("mutant " + i + " (" + name + ") broke the interpreter: " + e, e);
                }
            }
            assertNoInternalError(vm);
        }
        System.out.printf("fuzz: %d mutants, %d refused, %d loaded, %d ran%n", MUTANTS, refused, loaded, ran);
        assertTrue("most mutants are refused", refused > MUTANTS / 2);
        assertTrue("some mutants load and run (the fuzzer reaches the interpreter)", ran > 0);
    }

    /**
     * Programs that subclass internal classes (the corpus's attacks, re-parented onto every
     * internal class by hand, as the assembler refuses to), mutated: each must be refused, or,
     * when the mutation happened to make it a plain class, load as one and run safely. Never may
     * a loaded class have an internal superclass other than object.
     */
    @Test public void mutatedSubclassesOfInternalClassesAreRefusedOrHarmless() throws Exception {
        List<String> internals = new ArrayList<>(phantom.api.classes.CoreClasses.ALL.keySet());
        internals.addAll(List.of(Shapes.FRAME, Shapes.ERROR, Shapes.CLASSFILE, Shapes.BACKING));
        internals.remove("object");
        java.util.Collections.sort(internals);
        List<byte[]> seeds = new ArrayList<>(), plain = new ArrayList<>();
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(HostileTest.CORPUS)) {
            for (java.nio.file.Path f : files.filter(p -> p.getFileName().toString().startsWith("subclass-")).sorted().toList()) {
                // assemble the attack as a subclass of object, then aim it at each internal class
                String src = java.nio.file.Files.readString(f).replaceAll("(?m)^(class \\S+) extends \\S+", "$1");
                for (ClassFile cf : Assembler.assemble(src)) {
                    plain.add(cf.toBytes()); // the same code on a plain object: its inherited-method calls meet the receiver checks
                    for (String sup : internals) {
                        seeds.add(new ClassFile(cf.name(), cf.version(), sup, cf.interfaces(), cf.objFields(), cf.intFields(),
                            cf.pool(), cf.methods()).toBytes());
                    }
                }
            }
        }
        assertFalse(seeds.isEmpty());
        SplittableRandom rnd = new SplittableRandom(20261202);
        int refused = 0, ran = 0;
        try (VmHarness vm = new VmHarness()) {
            for (int i = 0; i < MUTANTS; i++) {
                List<byte[]> from = rnd.nextInt(4) == 0 ? plain : seeds;
                byte[] seed = from.get(rnd.nextInt(from.size()));
                // a third unchanged: the refusal must not depend on anything else being wrong
                byte[] mutant = rnd.nextInt(3) == 0 ? seed : mutate(seed, rnd);
                if (rnd.nextInt(10) != 0) fixChecksum(mutant);
                String name;
                try {
                    name = vm.rt.loadClass(mutant);
                } catch (IllegalArgumentException e) { // ClassFormatException, descriptors
                    refused++;
                    assertNotNull(e.getMessage());
                    continue;
                } catch (RuntimeException e) {
                    throw new AssertionError("mutant " + i + " escaped as " + e, e);
                }
                ClassInfo c = vm.rt.findClass(name);
                for (ClassInfo sup = c.superclass; sup != null; sup = sup.superclass) {
                    assertTrue("mutant " + i + " (" + name + ") loaded as a subclass of " + sup.name,
                        !sup.internal || sup.name.equals("object"));
                }
                try {
                    long t = vm.rt.newThread(name);
                    Interpreter in = new Interpreter(vm.rt);
                    for (int k = 0; k < 20 && in.run(t, 5000, () -> false) != Outcome.FINISHED; k++) { }
                    vm.space.release(t);
                    ran++;
                } catch (IllegalArgumentException noMain) {
                    // nothing to start: fine
                }
            }
            assertNoInternalError(vm);
        }
        System.out.printf("fuzz (subclasses of internal classes): %d mutants, %d refused, %d ran%n", MUTANTS, refused, ran);
        assertTrue("most are refused", refused > MUTANTS / 2);
        assertTrue("some run (the fuzzer reaches the receiver checks)", ran > 0);
    }

    /** A thread that died of an internal error met a Java exception the VM did not turn into a program error: a VM bug. */
    static void assertNoInternalError(VmHarness vm) {
        String out;
        synchronized (vm.out) { out = vm.out.toString(); }
        int at = out.indexOf("internal error");
        assertTrue("a mutant hit a VM bug: " + (at < 0 ? "" : out.substring(Math.max(0, at - 40), Math.min(out.length(), at + 300))), at < 0);
    }

    static byte[] mutate(byte[] seed, SplittableRandom rnd) {
        byte[] b = seed.clone();
        int kind = rnd.nextInt(5);
        int at = 16 + rnd.nextInt(Math.max(1, b.length - 16));
        switch (kind) {
            case 0 -> { for (int k = 0; k < 1 + rnd.nextInt(3); k++) b[16 + rnd.nextInt(b.length - 16)] ^= (byte) (1 << rnd.nextInt(8)); }
            case 1 -> b[at] = (byte) rnd.nextInt(256);
            case 2 -> { // insert
                byte[] n = new byte[b.length + 1];
                System.arraycopy(b, 0, n, 0, at);
                n[at] = (byte) rnd.nextInt(256);
                System.arraycopy(b, at, n, at + 1, b.length - at);
                b = n;
            }
            case 3 -> { // delete
                byte[] n = new byte[b.length - 1];
                System.arraycopy(b, 0, n, 0, at);
                System.arraycopy(b, at + 1, n, at, b.length - at - 1);
                b = n;
            }
            default -> b = java.util.Arrays.copyOf(b, 16 + rnd.nextInt(b.length - 16));
        }
        return b;
    }

    /** Rewrites the length and checksum so the mutation is judged by the parser and verifier. */
    static void fixChecksum(byte[] b) {
        if (b.length < 16) return;
        ByteBuffer bb = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        bb.putInt(12, b.length - 16);
        CRC32C crc = new CRC32C();
        crc.update(b, 16, b.length - 16);
        bb.putInt(8, (int) crc.getValue());
    }
}
