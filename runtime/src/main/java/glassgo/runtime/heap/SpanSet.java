package glassgo.runtime.heap;

import java.util.ArrayDeque;

/**
 * A set of spans (Go's spanSet). Go's is a lock-free two-level block array; this one is a
 * synchronized deque, which gives the same contract (concurrent push/pop, unordered) at a small
 * constant cost per span transition (never per object).
 */
final class SpanSet {
    private final ArrayDeque<MSpan> spans = new ArrayDeque<>();

    synchronized void push(MSpan s) {
        spans.push(s);
    }

    /** Removes and returns some span, or null if empty. */
    synchronized MSpan pop() {
        return spans.poll();
    }

    synchronized int size() {
        return spans.size();
    }

    synchronized boolean remove(MSpan s) {
        return spans.remove(s);
    }
}
