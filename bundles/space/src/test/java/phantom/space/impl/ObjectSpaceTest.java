package phantom.space.impl;

import static org.junit.Assert.*;

import java.nio.file.Path;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import phantom.api.space.Ref;
import phantom.api.space.Roots;

public class ObjectSpaceTest {
    private MappedObjectSpace space;

    @Before public void open() throws Exception {
        space = MappedObjectSpace.open(SpaceTestSupport.newDir("basic").resolve("space.mem"), 64 << 20);
    }

    @After public void close() throws Exception { space.close(); }

    @Test public void immediateIntegersAreInstancesOfTheIntClassWithoutAllocation() {
        long intClass = space.allocate(Ref.NULL, 0, 0);
        space.setRoot(Roots.INT_CLASS, intClass);
        long before = space.stats().liveObjects();
        long seven = Ref.ofInt(7), minus = Ref.ofInt(-123456789012L);
        assertTrue(Ref.isInt(seven));
        assertFalse(Ref.isObject(seven));
        assertEquals(7, Ref.intValue(seven));
        assertEquals(-123456789012L, Ref.intValue(minus));
        assertEquals(Ref.MAX_INT, Ref.intValue(Ref.ofInt(Ref.MAX_INT)));
        assertEquals(Ref.MIN_INT, Ref.intValue(Ref.ofInt(Ref.MIN_INT)));
        assertEquals(intClass, space.classOf(seven));
        assertEquals(before, space.stats().liveObjects());
        // storing and dropping immediates never touches counts
        long box = space.allocate(Ref.NULL, 1, 0);
        space.setRef(box, 0, seven);
        assertEquals(seven, space.getRef(box, 0));
        space.setRef(box, 0, minus);
        assertEquals(1, space.refCount(box));
    }

    @Test public void objectsHoldReferencesAndDataAndAreZeroedOnAllocation() {
        long cls = space.allocate(Ref.NULL, 0, 0);
        long o = space.allocate(cls, 3, 21);
        assertEquals(cls, space.classOf(o));
        assertEquals(3, space.refSlots(o));
        assertEquals(21, space.dataBytes(o));
        assertEquals(1, space.refCount(o));
        for (int i = 0; i < 3; i++) assertEquals(Ref.NULL, space.getRef(o, i));
        for (int i = 0; i < 21; i++) assertEquals(0, space.getByte(o, i));
        space.setLong(o, 0, 0x0102030405060708L);
        space.setInt(o, 8, -7);
        space.setDouble(o, 12, Math.PI);
        space.setByte(o, 20, (byte) 0x7F);
        assertEquals(0x0102030405060708L, space.getLong(o, 0));
        assertEquals(-7, space.getInt(o, 8));
        assertEquals(Math.PI, space.getDouble(o, 12), 0);
        assertEquals(0x7F, space.getByte(o, 20));
        byte[] text = "hello".getBytes();
        space.writeBytes(o, 1, text, 0, text.length);
        byte[] back = new byte[5];
        space.readBytes(o, 1, back, 0, 5);
        assertArrayEquals(text, back);
    }

    @Test public void bytesCopyBetweenObjectsInPlaceAndABadRangeCopiesNothing() {
        long a = space.allocate(Ref.NULL, 0, 12), b = space.allocate(Ref.NULL, 1, 10);
        space.writeBytes(a, 0, "hello world!".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, 12);
        space.copyBytes(a, 6, b, 2, 5);
        byte[] got = new byte[10];
        space.readBytes(b, 0, got, 0, 10);
        assertEquals("\0\0world\0\0\0", new String(got, java.nio.charset.StandardCharsets.US_ASCII));
        space.copyBytes(a, 0, a, 1, 11); // overlapping, as memmove
        space.readBytes(a, 0, got, 0, 10);
        assertEquals("hhello wor", new String(got, java.nio.charset.StandardCharsets.US_ASCII));
        assertThrows(IndexOutOfBoundsException.class, () -> space.copyBytes(a, 8, b, 0, 5));
        assertThrows(IndexOutOfBoundsException.class, () -> space.copyBytes(a, 0, b, 8, 5));
        space.readBytes(b, 0, got, 0, 10);
        assertEquals("nothing copied", "\0\0world\0\0\0", new String(got, java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test public void asciiIsToldInPlaceAtEveryLengthAndPosition() {
        byte[] text = "abcdefghijklmnopqrstu".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long o = space.allocate(Ref.NULL, 0, text.length);
        space.writeBytes(o, 0, text, 0, text.length);
        for (int len = 0; len <= text.length; len++) assertTrue(space.isAscii(o, 0, len));
        for (int at = 0; at < text.length; at++) {
            space.setByte(o, at, (byte) 0xC3);
            assertFalse("a high byte at " + at, space.isAscii(o, 0, text.length));
            assertTrue("before it", space.isAscii(o, 0, at));
            space.setByte(o, at, text[at]);
        }
        assertThrows(IndexOutOfBoundsException.class, () -> space.isAscii(o, 1, text.length));
    }

    @Test public void accessOutsideAnObjectIsRefused() {
        long o = space.allocate(Ref.NULL, 2, 8);
        assertThrows(IndexOutOfBoundsException.class, () -> space.getRef(o, 2));
        assertThrows(IndexOutOfBoundsException.class, () -> space.setRef(o, -1, Ref.NULL));
        assertThrows(IndexOutOfBoundsException.class, () -> space.getLong(o, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> space.setByte(o, 8, (byte) 1));
        assertThrows(IndexOutOfBoundsException.class, () -> space.readBytes(o, 4, new byte[8], 0, 8));
        assertThrows(IllegalArgumentException.class, () -> space.getRef(Ref.ofInt(3), 0));
        assertThrows(IllegalArgumentException.class, () -> space.getRef(Ref.NULL, 0));
        assertThrows(IllegalArgumentException.class, () -> space.refSlots(o + 4));
        assertThrows(IllegalArgumentException.class, () -> space.refSlots(space.capacity() + 8));
    }

    @Test public void storesCountReferences() {
        long a = space.allocate(Ref.NULL, 2, 0);
        long b = space.allocate(Ref.NULL, 0, 0);
        space.setRef(a, 0, b);
        space.setRef(a, 1, b);
        assertEquals(3, space.refCount(b));
        space.setRef(a, 0, Ref.NULL);
        assertEquals(2, space.refCount(b));
        assertTrue(space.compareAndSetRef(a, 1, b, Ref.NULL));
        assertFalse(space.compareAndSetRef(a, 1, b, a));
        assertEquals(1, space.refCount(b));
        assertEquals(1, space.refCount(a));
        space.retain(b);
        assertEquals(2, space.refCount(b));
        assertFalse(space.dropRef(b));
        assertTrue(space.dropRef(b));
        assertThrows(IllegalStateException.class, () -> space.dropRef(b));
    }

    @Test public void withoutAReclaimerZeroCountObjectsAreLeftForTheCycleCollector() {
        int[] leaks = new int[1];
        space.setLeakListener(() -> leaks[0]++);
        long o = space.allocate(Ref.NULL, 0, 0);
        space.release(o);
        assertEquals(1, leaks[0]);
        assertFalse(space.isFree(o));
    }

    @Test public void rootsAreCountedReferences() {
        long o = space.allocate(Ref.NULL, 0, 0);
        space.setRoot(Roots.SYSTEM, o);
        assertEquals(2, space.refCount(o));
        assertEquals(o, space.root(Roots.SYSTEM));
        space.setRoot(Roots.SYSTEM, Ref.NULL);
        assertEquals(1, space.refCount(o));
        assertThrows(IndexOutOfBoundsException.class, () -> space.root(space.rootCount()));
    }
}
