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
 * See the numbers below (bench/src/main/java/glassgo/bench/MemoryAccessBench.java).
 */
package glassgo.runtime.mem;
