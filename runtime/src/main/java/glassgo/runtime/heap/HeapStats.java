package glassgo.runtime.heap;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The allocation counters Go keeps in {@code memstats.heapStats} (consistent stats) and
 * {@code gcController.totalAlloc/totalFree}. Updated with atomics by mcaches when spans leave them,
 * by allocLarge, and by the sweeper. {@link MemStats} is derived from these (mstats.go).
 */
final class HeapStats {
    final AtomicLongArray smallAllocCount = new AtomicLongArray(SizeClasses.NUM_SIZE_CLASSES);
    final AtomicLongArray smallFreeCount = new AtomicLongArray(SizeClasses.NUM_SIZE_CLASSES);
    final AtomicLong largeAlloc = new AtomicLong();
    final AtomicLong largeAllocCount = new AtomicLong();
    final AtomicLong largeFree = new AtomicLong();
    final AtomicLong largeFreeCount = new AtomicLong();
    final AtomicLong tinyAllocCount = new AtomicLong();
    /** gcController.totalAlloc (inconsistent internal stat, bytes). */
    final AtomicLong totalAlloc = new AtomicLong();
    /** gcController.totalFree. */
    final AtomicLong totalFree = new AtomicLong();
}
