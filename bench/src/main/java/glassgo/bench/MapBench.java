package glassgo.bench;

import glassgo.runtime.debug.Debug;
import glassgo.runtime.heap.MCache;
import glassgo.runtime.heap.MHeap;
import glassgo.runtime.maps.FastRand;
import glassgo.runtime.maps.HMap;
import glassgo.runtime.maps.MapTrace;
import glassgo.runtime.maps.MapType;
import glassgo.runtime.mem.Memory;
import glassgo.runtime.types.Alg;
import glassgo.runtime.types.Kind;
import glassgo.runtime.types.RType;
import glassgo.runtime.types.TypeRegistry;
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

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.concurrent.TimeUnit;

/**
 * HMap throughput: insert into a fresh map (growth and evacuation included, like Go's
 * BenchmarkNewEmptyMap+assign loops), lookup hits, and delete+reinsert in a steady-state map, for
 * {@code map[int]int} and {@code map[string]int} (16-byte keys). Keys live in rodata so
 * {@link MHeap#debugCollect} (free everything, as MallocBench does to keep the heap bounded) never
 * frees them. The *Fast64 and *Faststr variants call the fast families (map_fast64.go,
 * map_faststr.go) that generated code uses for these two map types.
 * {@code javaHashMapInsert} is a java.util.HashMap&lt;Long,Long&gt; baseline for scale.
 * Run: {@code java -jar bench/target/benchmarks.jar MapBench -f 1 -wi 2 -i 3 -w 1s -r 1s}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class MapBench {
    static final int N = 1000;

    Memory mem;
    MHeap heap;
    MCache c;
    HMap hm;
    MapType intMap, strMap;
    long intKeys, strKeys; // N consecutive keys in rodata
    long intFull, strFull; // steady-state maps holding all N keys

    @Setup
    public void setup() {
        mem = new Memory();
        heap = new MHeap(mem, new Debug());
        c = heap.newMCache();
        TypeRegistry types = new TypeRegistry(mem);
        hm = new HMap(mem, types, new Alg(types), new FastRand(1), MapTrace.OFF);
        RType intT = RType.basic(Kind.INT);
        intMap = hm.maptype(RType.map(intT, intT));
        strMap = hm.maptype(RType.map(RType.string(), intT));
        intKeys = mem.allocRodata(8L * N, 8);
        strKeys = mem.allocRodata(16L * N, 8);
        for (int i = 0; i < N; i++) {
            mem.putLong(intKeys + 8L * i, i * 0x9E3779B97F4A7C15L);
            byte[] b = String.format("key-%012d", i * 7919).getBytes(StandardCharsets.UTF_8); // 16 bytes
            long p = mem.allocRodata(b.length, 1);
            mem.putBytes(p, b, 0, b.length);
            mem.putLong(strKeys + 16L * i, p);
            mem.putLong(strKeys + 16L * i + 8, b.length);
        }
        intFull = fill(intMap, intKeys, 8);
        strFull = fill(strMap, strKeys, 16);
    }

    private long fill(MapType t, long keys, long stride) {
        long h = hm.makemap_small(c);
        for (int i = 0; i < N; i++) mem.putLong(hm.mapassign(c, t, h, keys + stride * i), i);
        return h;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long intInsert() {
        long h = fill(intMap, intKeys, 8);
        heap.debugCollect(p -> false);
        return h;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long intLookup() {
        long s = 0;
        for (int i = 0; i < N; i++) s += mem.getLong(hm.mapaccess1(intMap, intFull, intKeys + 8L * i));
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long intDeleteReinsert() {
        for (int i = 0; i < N; i++) {
            long k = intKeys + 8L * i;
            hm.mapdelete(c, intMap, intFull, k);
            mem.putLong(hm.mapassign(c, intMap, intFull, k), i);
        }
        return hm.maplen(intFull);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long strInsert() {
        long h = fill(strMap, strKeys, 16);
        heap.debugCollect(p -> false);
        return h;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long strLookup() {
        long s = 0;
        for (int i = 0; i < N; i++) s += mem.getLong(hm.mapaccess1(strMap, strFull, strKeys + 16L * i));
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long strDeleteReinsert() {
        for (int i = 0; i < N; i++) {
            long k = strKeys + 16L * i;
            hm.mapdelete(c, strMap, strFull, k);
            mem.putLong(hm.mapassign(c, strMap, strFull, k), i);
        }
        return hm.maplen(strFull);
    }

    // The fast families (map_fast64.go, map_faststr.go), which generated code calls for these map types.

    @Benchmark
    @OperationsPerInvocation(N)
    public long intInsertFast64() {
        long h = hm.makemap_small(c);
        for (int i = 0; i < N; i++) mem.putLong(hm.mapassign_fast64(c, intMap, h, mem.getLong(intKeys + 8L * i)), i);
        heap.debugCollect(p -> false);
        return h;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long intLookupFast64() {
        long s = 0;
        for (int i = 0; i < N; i++) s += mem.getLong(hm.mapaccess2_fast64(intMap, intFull, mem.getLong(intKeys + 8L * i)));
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long intDeleteReinsertFast64() {
        for (int i = 0; i < N; i++) {
            long k = mem.getLong(intKeys + 8L * i);
            hm.mapdelete_fast64(c, intMap, intFull, k);
            mem.putLong(hm.mapassign_fast64(c, intMap, intFull, k), i);
        }
        return hm.maplen(intFull);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long strLookupFaststr() {
        long s = 0;
        for (int i = 0; i < N; i++) {
            long k = strKeys + 16L * i;
            s += mem.getLong(hm.mapaccess2_faststr(strMap, strFull, mem.getLong(k), mem.getLong(k + 8)));
        }
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long strDeleteReinsertFaststr() {
        for (int i = 0; i < N; i++) {
            long k = strKeys + 16L * i, p = mem.getLong(k), n = mem.getLong(k + 8);
            hm.mapdelete_faststr(c, strMap, strFull, p, n);
            mem.putLong(hm.mapassign_faststr(c, strMap, strFull, p, n), i);
        }
        return hm.maplen(strFull);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public int javaHashMapInsert() {
        HashMap<Long, Long> m = new HashMap<>();
        for (int i = 0; i < N; i++) m.put(mem.getLong(intKeys + 8L * i), (long) i);
        return m.size();
    }
}
