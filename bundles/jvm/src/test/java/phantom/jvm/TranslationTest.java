package phantom.jvm;

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.InputStream;

import org.junit.Test;

/** The whole-program translator (not yet the service's): statics in a companion, switches, arrays, interfaces. */
public class TranslationTest {
    interface Shape { int area(); }

    static final class Square implements Shape {
        final int side;
        Square(int side) { this.side = side; }
        @Override public int area() { return side * side; }
    }

    static final class Counter {
        static int count = 5;
        static int[] table = new int[4];

        static int kind(int k) {
            switch (k) {
                case 1: return 10;
                case 2: return 20;
                case 3: return 30;
                default: return -1;
            }
        }

        static int run() {
            Shape s = new Square(3);
            table[1] = s.area();
            long[][] grid = new long[2][3];
            Shape[] shapes = new Shape[] { s };
            grid[1][2] = count++;
            return kind(2) + table[1] + (int) grid[1][2] + shapes.length;
        }
    }

    static byte[] bytes(Class<?> c) {
        String n = c.getName();
        try (InputStream in = c.getResourceAsStream(n.substring(n.lastIndexOf('.') + 1) + ".class")) {
            return in.readAllBytes();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static byte[] lookup(String internal) {
        String simple = internal.substring(internal.lastIndexOf('/') + 1);
        try (InputStream in = TranslationTest.class.getResourceAsStream(simple + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test public void aProgramWithStaticsArraysSwitchesAndInterfacesIsTranslatedWhole() {
        String asm = Translation.translate(bytes(Counter.class), TranslationTest::lookup);
        assertTrue(asm, asm.contains("class phantom.jvm.TranslationTest$Counter$$statics\nfield int $state\nfield int count\nfield obj table\n"));
        assertTrue(asm, asm.contains("static method $clinit ()V"));
        assertTrue(asm, asm.contains("class phantom.jvm.TranslationTest$Square\nimplements phantom.jvm.TranslationTest$Shape\n"));
        assertTrue(asm, asm.contains("call phantom.jvm.TranslationTest$Shape.area ()I"));
        assertTrue(asm, asm.contains("tableswitch 1 "));
        assertTrue(asm, asm.contains("callstatic java.lang.PhantomArrays.multi$intArray$ObjectArray$$Object (OO)O"));
        assertTrue(asm, asm.contains("iconst 0\n    newarray long\n    oastore")); // the prototype of the long[] level
        assertTrue(asm, asm.contains("singleton phantom.jvm.TranslationTest$Counter$$statics\n    igetfield phantom.jvm.TranslationTest$Counter$$statics count"));
    }

    @Test public void aReferenceArrayHasItsElementClass() {
        String asm = Translation.translate(bytes(Counter.class), TranslationTest::lookup);
        assertTrue(asm, asm.contains("anewarray phantom.jvm.TranslationTest$Shape"));
    }

    static final class UsesFileArrays {
        static int count() { return new java.io.File[2].length; }
    }

    @Test public void anArrayOfAClassTheLibraryDoesNotHaveIsRefused() {
        try {
            Translation.translate(bytes(UsesFileArrays.class), TranslationTest::lookup);
            fail("translated");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("UsesFileArrays.count()I") && e.getMessage().contains("anewarray java.io.File"));
        }
    }

    static final class UsesFiles {
        static boolean exists() { return new java.io.File("x").exists(); }
    }

    @Test public void aClassTheLibraryDoesNotHaveIsRefusedWhereItIsUsed() {
        try {
            Translation.translate(bytes(UsesFiles.class), TranslationTest::lookup);
            fail("translated");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("UsesFiles.exists()Z") && e.getMessage().contains("java.io.File"));
        }
    }
}
