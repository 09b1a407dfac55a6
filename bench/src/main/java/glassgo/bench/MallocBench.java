package glassgo.bench;

import glassgo.runtime.debug.Debug;
import glassgo.runtime.heap.MCache;
import glassgo.runtime.heap.MHeap;
import glassgo.runtime.heap.Malloc;
import glassgo.runtime.mem.Memory;
import glassgo.runtime.types.Kind;
import glassgo.runtime.types.RType;
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

import java.util.concurrent.TimeUnit;

/**
 * mallocgc throughput by path. Each invocation allocates a batch and then frees everything with
 * {@link MHeap#debugCollect} (mark nothing, sweep all) so the heap stays bounded: the figure is
 * "allocation + amortised sweep" per object, which is also what a Go program pays per object in
 * steady state. Run: {@code java -jar bench/target/benchmarks.jar MallocBench -f 1 -wi 2 -i 3 -w 1s -r 1s}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class MallocBench {
    static final int SMALL_BATCH = 10_000;
    static final int LARGE_BATCH = 100;

    MHeap heap;
    MCache c;
    RType int64T, nodeT;

    @Setup
    public void setup() {
        heap = new MHeap(new Memory(), new Debug());
        c = heap.newMCache();
        int64T = RType.basic(Kind.INT64);
        nodeT = RType.array(RType.pointer(int64T), 8); // 64 bytes, pointerful
    }

    @Benchmark
    @OperationsPerInvocation(SMALL_BATCH)
    public long tiny8() {
        long s = 0;
        for (int i = 0; i < SMALL_BATCH; i++) s += Malloc.newobject(c, int64T);
        heap.debugCollect(p -> false);
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(SMALL_BATCH)
    public long small64scan() {
        long s = 0;
        for (int i = 0; i < SMALL_BATCH; i++) s += Malloc.newobject(c, nodeT);
        heap.debugCollect(p -> false);
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(LARGE_BATCH)
    public long large40k() {
        long s = 0;
        for (int i = 0; i < LARGE_BATCH; i++) s += Malloc.mallocgc(c, 40000, null, true);
        heap.debugCollect(p -> false);
        return s;
    }
}
