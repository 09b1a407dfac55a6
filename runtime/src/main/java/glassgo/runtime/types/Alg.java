package glassgo.runtime.types;

import glassgo.runtime.RuntimeErrorException;
import glassgo.runtime.mem.Memory;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Hashing and equality of Go values in flat memory (Go's alg.go: {@code typehash}, {@code efaceeq},
 * {@code f64hash}, ...). Used by maps, interface comparison and {@code ==} on composite values.
 *
 * <ul>
 * <li>Floats compare with IEEE ==: {@code +0 == -0}, {@code NaN != NaN}. {@code +0} and {@code -0}
 *     hash alike; a NaN hashes to a fresh random value every time (so {@code m[NaN]=v} always
 *     inserts).</li>
 * <li>Strings compare and hash by their bytes.</li>
 * <li>Interfaces (2 words: type descriptor address or 0, data word): equal if the type words are
 *     equal and the dynamic values are equal; a nil interface hashes to the seed. A dynamic type
 *     without equality (slice, map, func, or a struct/array containing one) raises
 *     {@code runtime error: hash of unhashable type T} / {@code comparing uncomparable type T}.
 *     Pointer-shaped ({@link RType#isDirectIface()}) values live in the data word itself; others
 *     are boxed and the data word points at them. Non-empty interfaces use the same
 *     (type, data) layout for now: no itabs.</li>
 * <li>Structs field by field, skipping blank fields (padding is never compared); arrays element by
 *     element.</li>
 * </ul>
 * The memory hash is a wyhash-style multiply-mix (Go uses AES hashing where available; the exact
 * values are unobservable except through map iteration order, which is randomised anyway).
 */
public final class Alg {
    // alg.go, 64-bit
    static final long C0 = 33054211828000289L;
    static final long C1 = 23344194077549503L;
    private static final long M0 = 0xa0761d6478bd642fL, M1 = 0xe7037ed1a0b428dbL, M2 = 0x8ebc6af09c88c6e3L;

    private final TypeRegistry types;

    public Alg(TypeRegistry types) {
        this.types = types;
    }

    // ------------------------------------------------------------------ hashing

    private static long mix(long a, long b) {
        return Math.multiplyHigh(a, b) ^ (a * b);
    }

    /**
     * Seeded hash of the n bytes at p (Go's memhash): 8-byte words, then the 1..7 remaining bytes
     * as one little-endian word {@code t}. The tail is read with as few loads as possible (the
     * last word of the data shifted, or 4/2/1-byte loads) but never outside {@code [p, p+n)}.
     */
    public static long memhash(Memory m, long p, long n, long seed) {
        long h = mix(seed ^ M0, n ^ M1);
        long i = 0;
        for (; i + 8 <= n; i += 8) h = mix(h ^ m.getLong(p + i), M1);
        long r = n - i; // 0..7 bytes left
        if (r > 0) {
            long t;
            if (i > 0) {
                t = m.getLong(p + n - 8) >>> (8 * (8 - r)); // the last r bytes, at the top of the last word
            } else {
                t = 0;
                int k = 0;
                if ((r & 4) != 0) { t = m.getInt(p) & 0xffffffffL; k = 4; }
                if ((r & 2) != 0) { t |= (m.getShort(p + k) & 0xffffL) << (8 * k); k += 2; }
                if ((r & 1) != 0) t |= (m.getByte(p + k) & 0xffL) << (8 * k);
            }
            h = mix(h ^ t, M2);
        }
        return mix(h, M0 ^ n);
    }

    /** Hash of an 8-byte word value (Go's memhash64). */
    public static long memhash64(long v, long seed) {
        return mix(mix(seed ^ M0, v ^ M1), M2 ^ 8);
    }

    /** Go's typehash: the hash of the value of type {@code t} at {@code addr}. */
    public long hash(Memory m, long addr, RType t, long seed) {
        long h = seed;
        switch (t.kind) {
            case BOOL: case INT: case INT8: case INT16: case INT32: case INT64: case UINT: case UINT8:
            case UINT16: case UINT32: case UINT64: case UINTPTR: case POINTER: case CHAN: case UNSAFE_POINTER:
                return t.size == 8 ? memhash64(m.getLong(addr), h) : memhash(m, addr, t.size, h);
            case FLOAT32: return f32hash(m, addr, h);
            case FLOAT64: return f64hash(m, addr, h);
            case COMPLEX64: return f32hash(m, addr + 4, f32hash(m, addr, h));
            case COMPLEX128: return f64hash(m, addr + 8, f64hash(m, addr, h));
            case STRING: return memhash(m, m.getLong(addr), m.getLong(addr + 8), h);
            case INTERFACE: {
                long tw = m.getLong(addr);
                if (tw == 0) return h;
                RType dt = types.byAddr(tw);
                if (!dt.comparable()) throw new RuntimeErrorException("hash of unhashable type " + dt.name);
                if (dt.isDirectIface()) return C1 * hash(m, addr + 8, dt, h ^ C0);
                return C1 * hash(m, m.getLong(addr + 8), dt, h ^ C0);
            }
            case ARRAY:
                for (long i = 0; i < t.len; i++) h = hash(m, addr + i * t.elem.size, t.elem, h);
                return h;
            case STRUCT:
                for (StructField f : t.fields) if (!f.blank()) h = hash(m, addr + f.offset(), f.type(), h);
                return h;
            default:
                throw new RuntimeErrorException("hash of unhashable type " + t.name);
        }
    }

    private static long f32hash(Memory m, long p, long h) {
        float f = Float.intBitsToFloat(m.getInt(p));
        if (f == 0) return C1 * (C0 ^ h); // +0, -0
        if (f != f) return C1 * (C0 ^ h ^ ThreadLocalRandom.current().nextLong()); // any NaN
        return memhash(m, p, 4, h);
    }

    private static long f64hash(Memory m, long p, long h) {
        double f = Double.longBitsToDouble(m.getLong(p));
        if (f == 0) return C1 * (C0 ^ h);
        if (f != f) return C1 * (C0 ^ h ^ ThreadLocalRandom.current().nextLong());
        return memhash64(m.getLong(p), h);
    }

    // ------------------------------------------------------------------ equality

    /** Go's {@code ==} on two values of type {@code t} at {@code a} and {@code b}. */
    public boolean equal(Memory m, long a, long b, RType t) {
        switch (t.kind) {
            case BOOL: case INT8: case UINT8: return m.getByte(a) == m.getByte(b);
            case INT16: case UINT16: return m.getShort(a) == m.getShort(b);
            case INT32: case UINT32: return m.getInt(a) == m.getInt(b);
            case INT: case INT64: case UINT: case UINT64: case UINTPTR: case POINTER: case CHAN: case UNSAFE_POINTER:
                return m.getLong(a) == m.getLong(b);
            case FLOAT32: return Float.intBitsToFloat(m.getInt(a)) == Float.intBitsToFloat(m.getInt(b));
            case FLOAT64: return Double.longBitsToDouble(m.getLong(a)) == Double.longBitsToDouble(m.getLong(b));
            case COMPLEX64:
                return Float.intBitsToFloat(m.getInt(a)) == Float.intBitsToFloat(m.getInt(b))
                        && Float.intBitsToFloat(m.getInt(a + 4)) == Float.intBitsToFloat(m.getInt(b + 4));
            case COMPLEX128:
                return Double.longBitsToDouble(m.getLong(a)) == Double.longBitsToDouble(m.getLong(b))
                        && Double.longBitsToDouble(m.getLong(a + 8)) == Double.longBitsToDouble(m.getLong(b + 8));
            case STRING: {
                long n = m.getLong(a + 8);
                if (n != m.getLong(b + 8)) return false;
                long pa = m.getLong(a), pb = m.getLong(b);
                return pa == pb || m.equal(pa, pb, n);
            }
            case INTERFACE: return ifaceEqual(m, m.getLong(a), m.getLong(a + 8), m.getLong(b), m.getLong(b + 8));
            case ARRAY:
                for (long i = 0; i < t.len; i++) if (!equal(m, a + i * t.elem.size, b + i * t.elem.size, t.elem)) return false;
                return true;
            case STRUCT:
                for (StructField f : t.fields) if (!f.blank() && !equal(m, a + f.offset(), b + f.offset(), f.type())) return false;
                return true;
            default:
                throw new RuntimeErrorException("comparing uncomparable type " + t.name);
        }
    }

    /** Go's efaceeq/ifaceeq on unpacked interface words. */
    public boolean ifaceEqual(Memory m, long typeA, long dataA, long typeB, long dataB) {
        if (typeA != typeB) return false;
        if (typeA == 0) return true;
        RType dt = types.byAddr(typeA);
        if (!dt.comparable()) throw new RuntimeErrorException("comparing uncomparable type " + dt.name);
        if (dt.isDirectIface()) return dataA == dataB;
        return equal(m, dataA, dataB, dt); // no address shortcut: a boxed NaN != itself
    }
}
