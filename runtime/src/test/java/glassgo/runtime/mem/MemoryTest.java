package glassgo.runtime.mem;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class MemoryTest {
    final Memory m = new Memory();

    @Test
    void nilAndArenaZeroFault() {
        MemoryFault f = assertThrows(MemoryFault.class, () -> m.getLong(0));
        assertEquals(0, f.addr);
        assertEquals(8, assertThrows(MemoryFault.class, () -> m.getInt(8)).addr);
        assertThrows(MemoryFault.class, () -> m.putByte(4095, (byte) 1));
        assertThrows(MemoryFault.class, () -> m.getShort(0x3fffff0));
        assertThrows(MemoryFault.class, () -> m.getLong(-8));
        assertThrows(MemoryFault.class, () -> m.getLong(1L << 41));
        assertThrows(IllegalArgumentException.class, () -> m.map(0, 4096));
        assertEquals(0, f.getStackTrace().length);
    }

    @Test
    void littleEndianRoundTrips() {
        m.map(Memory.HEAP_BASE, 1 << 20);
        long a = Memory.HEAP_BASE + 64;
        m.putLong(a, 0x0102030405060708L);
        assertEquals(0x08, m.getByte(a));
        assertEquals(0x0708, m.getShort(a));
        assertEquals(0x05060708, m.getInt(a));
        assertEquals(0x0102030405060708L, m.getLong(a));
        m.putInt(a + 3, -1); // misaligned
        assertEquals(-1, m.getInt(a + 3));
        m.putShort(a, (short) -2);
        assertEquals((short) -2, m.getShort(a));
    }

    @Test
    void accessStraddlingChunksIsServedSlowly() {
        long base = Memory.HEAP_BASE;
        m.map(base, 2 * Memory.CHUNK_BYTES);
        long a = base + Memory.CHUNK_BYTES - 3;
        m.putLong(a, 0x1122334455667788L);
        assertEquals(0x1122334455667788L, m.getLong(a));
        assertEquals(0x88, m.getByte(a) & 0xff);
        // straddling into an unmapped chunk faults at the first unmapped byte, writes nothing
        long b = base + 2 * Memory.CHUNK_BYTES - 2;
        MemoryFault f = assertThrows(MemoryFault.class, () -> m.putLong(b, -1));
        assertEquals(base + 2 * Memory.CHUNK_BYTES, f.addr);
        assertEquals(0, m.getShort(b));
    }

    @Test
    void copyIsMemmoveAcrossChunks() {
        long base = Memory.HEAP_BASE;
        m.map(base, 3 * Memory.CHUNK_BYTES);
        long src = base + Memory.CHUNK_BYTES - 100;
        for (int i = 0; i < 300; i++) m.putByte(src + i, (byte) i);
        m.copy(src + 50, src, 300); // overlapping, dst above src, crossing a chunk boundary
        for (int i = 0; i < 300; i++) assertEquals((byte) i, m.getByte(src + 50 + i), "i=" + i);
        m.copy(src, src + 50, 300); // overlapping, dst below src
        for (int i = 0; i < 300; i++) assertEquals((byte) i, m.getByte(src + i));
        assertTrue(m.equal(src, src + 50 - 50, 300));
        m.copy(base, src, 300);
        assertTrue(m.equal(base, src, 300));
        m.putByte(base + 299, (byte) 7);
        assertFalse(m.equal(base, src, 300));
        m.clear(src, 300);
        for (int i = 0; i < 300; i++) assertEquals(0, m.getByte(src + i));
        assertThrows(MemoryFault.class, () -> m.copy(base + 3 * Memory.CHUNK_BYTES - 10, base, 20));
    }

    @Test
    void bytesAndRegions() {
        long s = m.allocRodata(5, 1);
        assertTrue(s >= Memory.RODATA_BASE && s < Memory.RODATA_LIMIT);
        m.putBytes(s, "hello".getBytes(), 0, 5);
        assertEquals("hello", new String(m.getBytes(s, 5)));
        long g = m.allocGlobals(24, 8, new long[]{0b101});
        assertTrue(g >= Memory.GLOBALS_BASE);
        assertEquals(0, m.getLong(g + 16));
        assertTrue(m.isGlobalPointerWord(g));
        assertFalse(m.isGlobalPointerWord(g + 8));
        assertTrue(m.isGlobalPointerWord(g + 16));
        long g2 = m.allocGlobals(1, 1, null);
        assertEquals(g + 24, g2);
        assertEquals(0, m.allocRodata(8, 16) & 15);
    }

    @Test
    void atomics() {
        m.map(Memory.HEAP_BASE, 4096);
        long a = Memory.HEAP_BASE;
        assertTrue(m.casLong(a, 0, 5));
        assertFalse(m.casLong(a, 0, 6));
        assertEquals(5, m.getAndAddLong(a, 2));
        assertEquals(7, m.getLongVolatile(a));
        assertTrue(m.casInt(a + 8, 0, 3));
        assertEquals(3, m.getAndAddInt(a + 8, 1));
        assertEquals(4, m.getIntVolatile(a + 8));
        assertThrows(MemoryFault.class, () -> m.casLong(16, 0, 1));
    }
}
