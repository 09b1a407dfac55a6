package glassgo.runtime.maps;

import glassgo.runtime.mem.Memory;
import glassgo.runtime.types.RType;

/**
 * The single entry point through which {@link HMap} writes anything that may hold a heap pointer:
 * copies of pointerful keys/elems, bucket/overflow/extra/iterator pointer words, and clears of
 * pointerful memory. Go routes the same stores through its write barrier ({@code typedmemmove},
 * the compiler-emitted barrier on {@code *p = v}, {@code memclrHasPointers}); the GC swaps in a
 * barrier-aware implementation here. Pointer-free data (tophash bytes, counts, noscan keys/elems)
 * is written with plain {@link Memory} stores and never comes through this interface.
 */
public interface PointerStore {
    /** Copies a value of type {@code t} (which contains pointers) from {@code src} to {@code dst}. */
    void typedmemmove(RType t, long dst, long src);

    /** Stores pointer {@code value} into the word at {@code slot}. */
    void storePointer(long slot, long value);

    /** Zeroes {@code n} bytes at {@code addr}, which may contain pointers (Go's memclrHasPointers). */
    void memclrHasPointers(long addr, long n);

    /** Plain memory writes, no barrier: correct whenever the GC is not marking. */
    static PointerStore plain(Memory mem) {
        return new PointerStore() {
            @Override
            public void typedmemmove(RType t, long dst, long src) {
                mem.copy(dst, src, t.size);
            }

            @Override
            public void storePointer(long slot, long value) {
                mem.putLong(slot, value);
            }

            @Override
            public void memclrHasPointers(long addr, long n) {
                mem.clear(addr, n);
            }
        };
    }
}
