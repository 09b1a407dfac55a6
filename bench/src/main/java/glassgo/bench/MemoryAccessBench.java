package glassgo.bench;

import glassgo.runtime.mem.Memory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.lang.reflect.Field;
import java.util.concurrent.TimeUnit;

/**
 * Chooses the representation of {@link Memory}: the production class (VarHandle byteArrayView
 * over 4 MiB byte[] chunks, NPE/AIOOBE caught and turned into faults) against two alternatives
 * with the same chunk table and the same fault strategy:
 * <ul>
 * <li>{@code Words}: long[] chunks; 8-byte access is one array load, narrower accesses shift and
 *     mask (stores read-modify-write);</li>
 * <li>{@code Unsafe}: sun.misc.Unsafe over byte[] chunks with an explicit null/bounds check
 *     (Unsafe does not check, so a fault needs a test on the fast path).</li>
 * </ul>
 * Each op is N=4096 accesses at stride 8 (words) or 1 (bytes) inside one 4 MiB chunk, on
 * addresses computed like an interpreter would (base + i*stride), so the table lookup is in the
 * loop. Run: {@code java -jar bench/target/benchmarks.jar MemoryAccessBench -f 1 -wi 2 -i 3 -w 1s -r 1s}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class MemoryAccessBench {
    static final int N = 4096;
    static final long BASE = Memory.HEAP_BASE;

    Memory mem;
    Words words;
    UnsafeMem unsafe;

    @Setup
    public void setup() {
        mem = new Memory();
        mem.map(BASE, 1 << 22);
        words = new Words();
        unsafe = new UnsafeMem();
        for (int i = 0; i < N; i++) {
            mem.putLong(BASE + 8L * i, i);
            words.putLong(BASE + 8L * i, i);
            unsafe.putLong(BASE + 8L * i, i);
        }
    }

    // ---------------------------------------------------------------- getLong

    @Benchmark
    @OperationsPerInvocation(N)
    public long varHandleGetLong() {
        long s = 0;
        for (int i = 0; i < N; i++) s += mem.getLong(BASE + 8L * i);
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long wordsGetLong() {
        long s = 0;
        for (int i = 0; i < N; i++) s += words.getLong(BASE + 8L * i);
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long unsafeGetLong() {
        long s = 0;
        for (int i = 0; i < N; i++) s += unsafe.getLong(BASE + 8L * i);
        return s;
    }

    // ---------------------------------------------------------------- putLong

    @Benchmark
    @OperationsPerInvocation(N)
    public void varHandlePutLong() {
        for (int i = 0; i < N; i++) mem.putLong(BASE + 8L * i, i);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void wordsPutLong() {
        for (int i = 0; i < N; i++) words.putLong(BASE + 8L * i, i);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void unsafePutLong() {
        for (int i = 0; i < N; i++) unsafe.putLong(BASE + 8L * i, i);
    }

    // ---------------------------------------------------------------- bytes (string/[]byte work)

    @Benchmark
    @OperationsPerInvocation(N)
    public long varHandleGetByte() {
        long s = 0;
        for (int i = 0; i < N; i++) s += mem.getByte(BASE + i);
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long wordsGetByte() {
        long s = 0;
        for (int i = 0; i < N; i++) s += words.getByte(BASE + i);
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long unsafeGetByte() {
        long s = 0;
        for (int i = 0; i < N; i++) s += unsafe.getByte(BASE + i);
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void varHandlePutInt() {
        for (int i = 0; i < N; i++) mem.putInt(BASE + 4L * i, i);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void wordsPutInt() {
        for (int i = 0; i < N; i++) words.putInt(BASE + 4L * i, i);
    }

    // ---------------------------------------------------------------- alternatives

    /** long[] chunks. Aligned access only (misaligned would need a slow path, not modelled here). */
    static final class Words {
        final long[][] chunks = new long[1 << 18][];

        Words() {
            chunks[(int) (BASE >>> 22)] = new long[1 << 19];
        }

        long getLong(long a) {
            try {
                return chunks[(int) (a >>> 22)][((int) a & 0x3fffff) >>> 3];
            } catch (NullPointerException | IndexOutOfBoundsException e) {
                throw new IllegalStateException("fault");
            }
        }

        void putLong(long a, long v) {
            try {
                chunks[(int) (a >>> 22)][((int) a & 0x3fffff) >>> 3] = v;
            } catch (NullPointerException | IndexOutOfBoundsException e) {
                throw new IllegalStateException("fault");
            }
        }

        byte getByte(long a) {
            try {
                return (byte) (chunks[(int) (a >>> 22)][((int) a & 0x3fffff) >>> 3] >>> ((a & 7) << 3));
            } catch (NullPointerException | IndexOutOfBoundsException e) {
                throw new IllegalStateException("fault");
            }
        }

        void putInt(long a, int v) {
            try {
                long[] c = chunks[(int) (a >>> 22)];
                int w = ((int) a & 0x3fffff) >>> 3;
                int sh = (int) (a & 4) << 3;
                c[w] = (c[w] & ~(0xffffffffL << sh)) | ((v & 0xffffffffL) << sh);
            } catch (NullPointerException | IndexOutOfBoundsException e) {
                throw new IllegalStateException("fault");
            }
        }
    }

    /** sun.misc.Unsafe over byte[] chunks; needs explicit checks because Unsafe does not fault safely. */
    static final class UnsafeMem {
        static final sun.misc.Unsafe U;
        static final long BYTE_BASE;

        static {
            try {
                Field f = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
                f.setAccessible(true);
                U = (sun.misc.Unsafe) f.get(null);
                BYTE_BASE = U.arrayBaseOffset(byte[].class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        final byte[][] chunks = new byte[1 << 18][];

        UnsafeMem() {
            chunks[(int) (BASE >>> 22)] = new byte[1 << 22];
        }

        private byte[] chunk(long a, int n) {
            byte[] c = chunks[(int) (a >>> 22)];
            if (c == null || ((int) a & 0x3fffff) > (1 << 22) - n) throw new IllegalStateException("fault");
            return c;
        }

        long getLong(long a) {
            return U.getLong(chunk(a, 8), BYTE_BASE + ((int) a & 0x3fffff));
        }

        void putLong(long a, long v) {
            U.putLong(chunk(a, 8), BYTE_BASE + ((int) a & 0x3fffff), v);
        }

        byte getByte(long a) {
            return U.getByte(chunk(a, 1), BYTE_BASE + ((int) a & 0x3fffff));
        }
    }
}
