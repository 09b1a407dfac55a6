/**
 * The flat address space: every Go value that lives in memory lives here.
 *
 * <h2>Layout</h2>
 * <pre>
 * 0x0000000000 - 0x0003ffffff   arena 0: never mapped (nil and nil+offset fault)
 * 0x0004000000 - 0x003fffffff   rodata: string literals, type descriptors, static funcvals (bump, never freed)
 * 0x0040000000 - 0x007fffffff   globals (data + bss), zeroed, with a pointer bitmap for GC roots
 * 0x00c0000000 - ...            heap arenas (Go's first arena hint), grown by MHeap in 4 MiB steps
 * </pre>
 * Addresses must be below 2^40 (1 TiB); anything else faults. Addresses at or above 2^54 are not
 * checked and alias lower ones (only reachable with unsafe pointer arithmetic, which is undefined
 * in Go too).
 *
 * <h2>Invariants</h2>
 * <ul>
 * <li>A mapped chunk is never unmapped or replaced, so a byte[] read from the table stays valid.</li>
 * <li>Memory is little-endian; newly mapped memory is zero (Go relies on fresh pages being zero to
 *     skip clearing: span.needzero).</li>
 * <li>Every access to an unmapped address throws {@link glassgo.runtime.mem.MemoryFault}, never a
 *     Java exception.</li>
 * </ul>
 *
 * <h2>Representation, chosen by benchmark</h2>
 * bench/src/main/java/glassgo/bench/MemoryAccessBench.java compares, with the same 4 MiB chunk
 * table and fault strategy: VarHandle byteArrayView over byte[] (this class), long[] words
 * (shift/mask for narrow accesses), and sun.misc.Unsafe over byte[] (needs an explicit
 * null/bounds test, since Unsafe does not fault). JDK 17.0.15, 2 shared cores under load from
 * other builds, {@code -f 1 -wi 2 -i 3 -w 1s -r 1s}, ns per access (avg ± 99.9% error):
 * <pre>
 *                 getLong        putLong        getByte        putInt
 * VarHandle    4.31 ± 13.9    4.61 ±  7.8    3.59 ±  6.0    6.74 ± 12.1
 * long[] words 3.75 ±  3.2    3.99 ±  5.9    8.80 ± 21.5   15.50 ± 39.1
 * Unsafe       2.88 ± 10.1    3.44 ±  7.0    1.47 ±  2.4        -
 * </pre>
 * The error bars overlap for 8-byte accesses (the machine was busy: these absolute numbers are
 * several times what an idle core gives); long[] words lose clearly on narrow accesses (the
 * read-modify-write on stores), which strings and []byte use constantly.
 *
 * <p>Session 5 switched the plain multi-byte loads and stores to Unsafe (with the explicit
 * missing-chunk and end-of-chunk test in front of every access, which takes the faulting slow
 * path). On a quiet machine the two are equal once C2 has compiled the caller (0.6-0.8 ns per
 * access for both), but Go programs here are short and their code spends its first tens of
 * thousands of iterations in HotSpot's interpreter and C1, where a VarHandle access is a chain
 * of LambdaForm calls: {@code putLong} + {@code getLong} took 2.4 us per pair under -Xint with
 * VarHandle against 0.87 us with Unsafe, 9.2 ns against 8.7 ns in C1. Atomics (the
 * {@code *Volatile}/{@code cas*} methods) stay on VarHandle.
 */
package glassgo.runtime.mem;
