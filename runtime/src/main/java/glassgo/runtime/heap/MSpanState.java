package glassgo.runtime.heap;

/**
 * Go's mSpanState. Transitions: DEAD -> IN_USE (mheap.alloc) -> DEAD (freeSpan);
 * DEAD -> MANUAL (allocManual, stacks) -> DEAD (freeManual). Only IN_USE spans hold heap objects,
 * and only they are found by {@link MHeap#findObject}.
 */
public enum MSpanState {
    DEAD, IN_USE, MANUAL
}
