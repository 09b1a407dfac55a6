package glassgo.vm.interp;

import glassgo.runtime.heap.SizeClasses;
import glassgo.runtime.mem.Memory;
import glassgo.runtime.types.RType;

/**
 * Slice operations of runtime/slice.go and the compiler's slicing code: bounds-checked slicing
 * with Go's exact panic messages, copy, makeslice and growslice (Go 1.19, so {@code cap()}
 * sequences match {@code go run}). A slice is three registers (ptr, len, cap).
 */
public final class Slices {
    private Slices() {}

    /** Go's maxAlloc on linux/amd64 (1 &lt;&lt; 48). */
    static final long MAX_ALLOC = 1L << 48;

    /**
     * SLICE {@code a b lo hi max kind k}: registers relative to bp (-1 = absent operand). kind 0:
     * slice source (b..b+2, checks against cap); 1: string (b..b+1, result is a string);
     * 2: array viewed as a (ptr, len, cap) triple (messages say "with length"). k = element size.
     */
    static void slice(Vm vm, long[] r, int bp, int[] code, int pc) {
        int a = bp + code[pc + 1], b = bp + code[pc + 2];
        int loR = code[pc + 3], hiR = code[pc + 4], maxR = code[pc + 5];
        int kind = code[pc + 6];
        long k = code[pc + 7];
        long ptr = r[b], len = r[b + 1];
        long cap = kind == 1 ? len : r[b + 2];
        boolean hasLo = loR >= 0, hasHi = hiR >= 0, hasMax = maxR >= 0;
        long lo = hasLo ? r[bp + loR] : 0;
        long hi = hasHi ? r[bp + hiR] : len;
        long max = hasMax ? r[bp + maxR] : cap;
        boolean lenForm = kind != 0;
        if (hasMax) {
            if (max < 0 || max > cap) throw vm.runtimeError(max < 0 ? "slice bounds out of range [::" + max + "]"
                    : "slice bounds out of range [::" + max + "] with " + (lenForm ? "length " : "capacity ") + cap);
            if (hi < 0 || hi > max) throw vm.runtimeError(hi < 0 ? "slice bounds out of range [:" + hi + ":]"
                    : "slice bounds out of range [:" + hi + ":" + max + "]");
            if (lo < 0 || lo > hi) throw vm.runtimeError(lo < 0 ? "slice bounds out of range [" + lo + "::]"
                    : "slice bounds out of range [" + lo + ":" + hi + ":]");
        } else {
            if (hasHi && (hi < 0 || hi > cap)) throw vm.runtimeError(hi < 0 ? "slice bounds out of range [:" + hi + "]"
                    : "slice bounds out of range [:" + hi + "] with " + (lenForm ? "length " : "capacity ") + cap);
            if (lo < 0 || lo > hi) throw vm.runtimeError(lo < 0 ? "slice bounds out of range [" + lo + ":]"
                    : "slice bounds out of range [" + lo + ":" + hi + "]");
        }
        long rlen = hi - lo, rcap = max - lo;
        long rptr = (kind == 1 ? rlen : rcap) == 0 ? ptr : ptr + lo * k;
        r[a] = rptr;
        r[a + 1] = rlen;
        if (kind != 1) r[a + 2] = rcap;
    }

    /** COPY: R[a] = copy(dst R[b..], src R[c..]) with element size k (memmove semantics). */
    static void copy(Vm vm, long[] r, int a, int b, int c, long k) {
        long n = Math.min(r[b + 1], r[c + 1]);
        if (n > 0 && k > 0 && r[b] != r[c]) vm.mem.copy(r[b], r[c], n * k);
        r[a] = n;
    }

    /** MKSLICE: R[a..a+2] = make([]et, len, cap) (runtime.makeslice). */
    static void makeslice(Vm vm, long[] r, int a, long len, long cap, RType et) {
        long size = et.size;
        long mem = mulChecked(size, cap);
        if (mem < 0 || mem > MAX_ALLOC || len < 0 || len > cap) {
            long m2 = mulChecked(size, len);
            if (m2 < 0 || m2 > MAX_ALLOC || len < 0) throw vm.runtimeError("makeslice: len out of range");
            throw vm.runtimeError("makeslice: cap out of range");
        }
        long p = mem == 0 ? vm.zerobase : vm.malloc(mem, et, true);
        r[a] = p; r[a + 1] = len; r[a + 2] = cap;
    }

    /** size*n, or -1 on overflow or negative operands (math.MulUintptr on uintptrs). */
    static long mulChecked(long size, long n) {
        if (n < 0 || size < 0) return -1;
        if (size == 0 || n == 0) return 0;
        if (n > Long.MAX_VALUE / size) return -1;
        return size * n;
    }

    /**
     * GROW: R[a..a+2] = slice R[b..b+2] with room for n more elements of type et; growslice if
     * len+n exceeds cap. The result's len is unchanged (the code stores the elements and sets len).
     */
    static void grow(Vm vm, long[] r, int a, int b, long n, RType et) {
        long ptr = r[b], len = r[b + 1], cap = r[b + 2];
        long newLen = len + n;
        if (n < 0 || newLen < 0) throw vm.runtimeError("growslice: cap out of range");
        if (newLen <= cap) { r[a] = ptr; r[a + 1] = len; r[a + 2] = cap; return; }
        long[] res = growslice(vm, et, ptr, len, cap, newLen);
        r[a] = res[0]; r[a + 1] = res[1]; r[a + 2] = res[2];
    }

    /** The new capacity growslice computes for old capacity {@code oldCap} and required length {@code newLen} (before size-class rounding). */
    public static long nextCap(long oldCap, long newLen) {
        long newcap = oldCap;
        long doublecap = newcap + newcap;
        if (newLen > doublecap) return newLen;
        final long threshold = 256;
        if (oldCap < threshold) return doublecap;
        while (0 < newcap && newcap < newLen) newcap += (newcap + 3 * threshold) / 4;
        if (newcap <= 0) newcap = newLen;
        return newcap;
    }

    /**
     * The capacity in elements and bytes growslice ends with: {cap, capmem}; capmem &lt; 0 on overflow.
     */
    public static long[] roundedCap(long elemSize, long newcap) {
        long capmem;
        boolean overflow;
        if (elemSize == 1) {
            overflow = newcap > MAX_ALLOC;
            capmem = overflow ? newcap : SizeClasses.roundupsize(newcap);
            newcap = capmem;
        } else {
            long m = mulChecked(elemSize, newcap);
            overflow = m < 0 || m > MAX_ALLOC;
            capmem = overflow ? m : SizeClasses.roundupsize(m);
            newcap = capmem / elemSize;
        }
        if (overflow || capmem > MAX_ALLOC) return new long[]{newcap, -1};
        return new long[]{newcap, capmem};
    }

    /** runtime.growslice(et, old, newLen) (Go 1.19): returns {ptr, old len, new cap}. */
    public static long[] growslice(Vm vm, RType et, long oldPtr, long oldLen, long oldCap, long newLen) {
        if (newLen < oldCap) throw vm.runtimeError("growslice: cap out of range");
        if (et.size == 0) return new long[]{vm.zerobase, oldLen, newLen};
        long newcap = nextCap(oldCap, newLen);
        long[] rc = roundedCap(et.size, newcap);
        if (rc[1] < 0) throw vm.runtimeError("growslice: cap out of range");
        newcap = rc[0];
        long capmem = rc[1];
        long lenmem = oldLen * et.size, newlenmem = newLen * et.size;
        Memory m = vm.mem;
        long p;
        if (et.noscan()) {
            p = vm.malloc(capmem, null, false);
            if (capmem > newlenmem) m.clear(p + newlenmem, capmem - newlenmem);
        } else {
            p = vm.malloc(capmem, et, true);
            // pointerful elements: the GC engineer adds bulkBarrierPreWriteSrcOnly here
        }
        if (lenmem > 0) m.copy(p, oldPtr, lenmem);
        return new long[]{p, oldLen, newcap};
    }
}
