package glassgo.vm.interp;

import glassgo.compiler.code.FuncProto;
import glassgo.compiler.code.Op;
import glassgo.compiler.code.Program;
import glassgo.runtime.RuntimeErrorException;
import glassgo.runtime.heap.MCache;
import glassgo.runtime.heap.MHeap;
import glassgo.runtime.heap.Malloc;
import glassgo.runtime.heap.SizeClasses;
import glassgo.runtime.mem.Memory;
import glassgo.runtime.types.Alg;
import glassgo.runtime.types.Kind;
import glassgo.runtime.types.RType;
import glassgo.runtime.types.TypeRegistry;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * One running Go program: its address space, heap, types, functions and goroutines, plus the
 * slow paths of the interpreter (calls, defers, panics, allocation, strings, slices, interfaces,
 * maps). The hot loop is {@link Interp}.
 */
public final class Vm {
    public final Memory mem;
    public final MHeap heap;
    public final MCache mcache;
    public final TypeRegistry registry;
    public final Alg alg;
    public final Program prog;
    final FuncProto[] funcs;
    final RType[] types;
    final Natives.Native[] natives;
    public final PrintStream stdout, stderr;
    public final java.util.List<String> args;
    final Interp interp;
    volatile boolean preempt;
    private final long[] funcvals;
    /** runtime.staticuint64s: 256 words holding 0..255 (boxing small integers allocates nothing). */
    final long staticUint64s;
    /** zero value area for map lookups and empty strings. */
    final long zeroVal;
    public final long zerobase;
    private final Map<Long, RType> byAddr = new HashMap<>();
    /** Base address of the globals block; string literal addresses and lengths. */
    final long globalsBase;
    final long[] stringAddrs, stringLens;

    public Vm(Program prog, PrintStream stdout, PrintStream stderr, java.util.List<String> args) {
        this.prog = prog;
        this.stdout = stdout; this.stderr = stderr; this.args = args;
        this.mem = new Memory();
        this.heap = new MHeap(mem);
        this.mcache = heap.newMCache();
        this.registry = new TypeRegistry(mem);
        this.alg = new Alg(registry);
        this.funcs = prog.funcs.toArray(new FuncProto[0]);
        this.types = prog.types.toArray(new RType[0]);
        for (RType t : types) { registry.register(t); byAddr.put(t.addr, t); }
        this.natives = Natives.bind(this, prog.natives);
        this.funcvals = new long[funcs.length];
        staticUint64s = mem.allocRodata(256 * 8, 8);
        for (int i = 0; i < 256; i++) mem.putLong(staticUint64s + i * 8L, i);
        zeroVal = mem.allocRodata(1024, 8);
        zerobase = heap.zerobase;
        globalsBase = mem.allocGlobals(Math.max(8, prog.globalsSize), 8, prog.globalsPtrmask);
        stringAddrs = new long[prog.strings.size()];
        stringLens = new long[prog.strings.size()];
        for (int i = 0; i < stringAddrs.length; i++) {
            byte[] b = prog.strings.get(i);
            stringLens[i] = b.length;
            if (b.length > 0) { long a = mem.allocRodata(b.length, 1); mem.putBytes(a, b, 0, b.length); stringAddrs[i] = a; }
        }
        this.interp = new Interp(this);
    }

    public RType type(int i) { return types[i]; }
    public RType typeAt(long addr) { return addr == 0 ? null : byAddr.computeIfAbsent(addr, a -> registry.byAddr(a)); }
    public FuncProto func(int i) { return funcs[i]; }

    // ------------------------------------------------------------------ running

    /** Runs the program's entry function on the main goroutine; returns the exit status. */
    public int runMain() {
        Goroutine g = newGoroutine(1);
        try {
            pushFrame(g, funcs[prog.entry], 0, 0L, Frame.NORMAL);
            interp.run(g, 0);
            stdout.flush();
            return 0;
        } catch (GoExit e) {
            stdout.flush(); stderr.flush();
            return e.status;
        }
    }

    Goroutine newGoroutine(long id) {
        Goroutine g = new Goroutine(id);
        long size = 1 << 16;
        g.stackLo = heap.stackalloc(size);
        g.stackHi = g.stackLo + size;
        g.sp = g.stackHi;
        return g;
    }

    void pushFrame(Goroutine g, FuncProto callee, int nbp, long ctx, int kind) {
        int nd = g.depth + 1;
        if (nd >= g.fFn.length) g.growFrames();
        if (nd > 50_000_000) throw stackOverflow(g);
        int need = nbp + callee.frameSize + 16;
        if (need > g.regs.length) {
            if (need > 1 << 27) throw stackOverflow(g);
            g.growRegs(need);
        }
        java.util.Arrays.fill(g.regs, nbp + callee.paramWords, nbp + callee.frameSize, 0L);
        g.fSp[nd] = g.sp;
        if (callee.frameMem > 0) {
            long nsp = (g.sp - callee.frameMem) & ~7L;
            if (nsp < g.stackLo) { growStack(g, g.stackHi - nsp); nsp = (g.sp - callee.frameMem) & ~7L; }
            mem.clear(nsp, g.sp - nsp);
            g.sp = nsp;
        }
        g.fMem[nd] = g.sp;
        g.fFn[nd] = callee; g.fBp[nd] = nbp; g.fCtx[nd] = ctx; g.fKind[nd] = kind; g.fPc[nd] = 0;
        g.depth = nd;
    }

    void popFrame(Goroutine g) {
        int d = g.depth;
        g.sp = g.fSp[d];
        g.fFn[d] = null;
        g.depth = d - 1;
    }

    /**
     * Grows g's flat-memory stack by copying to one at least twice as large and adjusting every
     * pointer register of every frame that points into the old stack (Go's copystack).
     */
    private void growStack(Goroutine g, long needUsed) {
        long oldLo = g.stackLo, oldHi = g.stackHi, oldSize = oldHi - oldLo;
        long newSize = oldSize * 2;
        while (newSize < needUsed + 1024) newSize *= 2;
        if (newSize > 1_000_000_000L) throw stackOverflow(g);
        long newLo = heap.stackalloc(newSize), newHi = newLo + newSize;
        long used = oldHi - g.sp;
        mem.copy(newHi - used, g.sp, used);
        long delta = newHi - oldHi;
        for (int d = 0; d <= g.depth; d++) {
            FuncProto f = g.fFn[d];
            int bp = g.fBp[d];
            for (int r = 0; r < f.frameSize; r++) {
                if (!f.isPtrReg(r)) continue;
                long v = g.regs[bp + r];
                if (v >= oldLo && v < oldHi) g.regs[bp + r] = v + delta;
            }
            if (g.fMem[d] >= oldLo && g.fMem[d] <= oldHi) g.fMem[d] += delta;
            if (g.fSp[d] >= oldLo && g.fSp[d] <= oldHi) g.fSp[d] += delta;
        }
        g.sp += delta;
        heap.stackfree(oldLo, oldSize);
        g.stackLo = newLo; g.stackHi = newHi;
    }

    private GoExit stackOverflow(Goroutine g) {
        stdout.flush();
        stderr.println("runtime: goroutine stack exceeds 1000000000-byte limit");
        stderr.println("runtime: sp=0x" + Long.toHexString(g.sp) + " stack=[0x" + Long.toHexString(g.stackLo) + ", 0x" + Long.toHexString(g.stackHi) + "]");
        stderr.println("fatal error: stack overflow");
        stderr.println();
        stderr.println("runtime stack:");
        return new GoExit(2);
    }

    void safepoint(Goroutine g) { preempt = false; }

    void callNative(Goroutine g, int idx, int base) {
        natives[idx].call(this, g, base);
    }

    /** Calls the Go func value {@code fnval} from Java (the one re-entry mechanism used by natives). */
    public void callFromNative(Goroutine g, long fnval, int base) {
        if (fnval == 0) throw nilPanic();
        FuncProto f = funcs[(int) mem.getLong(fnval)];
        if (f.nativeIndex >= 0) { callNative(g, f.nativeIndex, base); return; }
        int stop = g.depth + 1;
        pushFrame(g, f, base, fnval, Frame.REENTRY);
        interp.run(g, stop);
    }

    /** Calls function {@code f} directly (method value re-entry) with args at absolute base. */
    public void callFuncFromNative(Goroutine g, int funcId, int base) {
        FuncProto f = funcs[funcId];
        if (f.nativeIndex >= 0) { callNative(g, f.nativeIndex, base); return; }
        int stop = g.depth + 1;
        pushFrame(g, f, base, 0L, Frame.REENTRY);
        interp.run(g, stop);
    }

    /** A free register window above the current frame, for natives that call back into Go. */
    public int scratchBase(Goroutine g) {
        int d = g.depth;
        int b = g.fBp[d] + g.fFn[d].frameSize + 64;
        if (b + 1024 > g.regs.length) g.growRegs(b + 1024);
        return b;
    }

    public long[] regs(Goroutine g) { return g.regs; }

    // ------------------------------------------------------------------ defers and panics

    void runDeferOnReturn(Goroutine g) {
        Goroutine.DeferRecord dr = g.defers;
        g.defers = dr.next;
        invokeDeferred(g, dr, Frame.DEFER_RET);
    }

    private void invokeDeferred(Goroutine g, Goroutine.DeferRecord dr, int kind) {
        int d = g.depth;
        int base = g.fBp[d] + g.fFn[d].frameSize + 8;
        if (base + dr.args.length + 16 > g.regs.length) g.growRegs(base + dr.args.length + 16);
        System.arraycopy(dr.args, 0, g.regs, base, dr.args.length);
        long fnval = dr.fn;
        FuncProto f = funcs[(int) mem.getLong(fnval)];
        if (f.nativeIndex >= 0) {
            // natives run synchronously; emulate the return continuation
            int saved = g.depth;
            pushFrame(g, nativeShim(), base, 0L, kind);
            callNative(g, f.nativeIndex, base);
            if (g.depth == saved + 1) {
                popFrame(g);
                afterSpecialReturn(g, kind, saved + 1);
            }
            return;
        }
        pushFrame(g, f, base, fnval, kind);
    }

    private FuncProto shim;
    private FuncProto nativeShim() {
        if (shim == null) { shim = new FuncProto(-1, "runtime.deferreturn", "?"); shim.code = new int[]{Op.RET}; shim.lines = new int[]{0}; shim.consts = new long[0]; }
        return shim;
    }

    /** Continues after a deferred call (kind DEFER_RET or DEFER_PANIC) returned to depth d-1. */
    void afterSpecialReturn(Goroutine g, int kind, int d) {
        if (kind == Frame.DEFER_RET) {
            // the caller re-executes its RET (pc still points at it)
            return;
        }
        if (kind == Frame.DEFER_PANIC) {
            continuePanic(g);
        }
        // REENTRY: the nested loop returns
    }

    void defer(Goroutine g, long fn, long[] args) {
        g.defers = new Goroutine.DeferRecord(g.depth, fn, args, g.defers);
    }

    private int panicStop;

    void startPanic(Goroutine g, long typ, long data, boolean fault, int stopDepth) {
        g.panic = new Goroutine.PanicRecord(typ, data, fault, g.panic);
        if (g.panic.link != null && g.panic.link.deferDepth >= 0) g.panic.link.aborted = true;
        panicStop = stopDepth;
        continuePanic(g);
    }

    /** Runs the next deferred call for the current panic, or finishes recovery, or dies. */
    void continuePanic(Goroutine g) {
        Goroutine.PanicRecord p = g.panic;
        if (p.recovered) {
            // the deferred call that recovered has returned: resume the frame that deferred it
            int target = p.deferFrame;
            g.panic = p.link;
            while (g.panic != null && g.panic.aborted) g.panic = g.panic.link;
            while (g.depth > target) popFrame(g);
            FuncProto f = g.fFn[target];
            g.fPc[target] = f.recoverPc;
            return;
        }
        Goroutine.DeferRecord dr = g.defers;
        if (dr == null || dr.depth < panicStop && panicStop > 0) {
            if (panicStop > 0) {
                // propagate out of a native re-entry as a Java exception
                Goroutine.PanicRecord pr = g.panic;
                g.panic = pr.link;
                while (g.depth >= panicStop) popFrame(g);
                throw new GoPanic(pr.typ, pr.data, pr.fault);
            }
            fatalPanic(g);
            return;
        }
        g.defers = dr.next;
        p.deferDepth = g.depth + 1;
        p.deferFrame = dr.depth;
        invokeDeferred(g, dr, Frame.DEFER_PANIC);
    }

    private void fatalPanic(Goroutine g) {
        stdout.flush();
        StringBuilder sb = new StringBuilder();
        java.util.ArrayList<Goroutine.PanicRecord> chain = new java.util.ArrayList<>();
        for (Goroutine.PanicRecord p = g.panic; p != null; p = p.link) chain.add(0, p);
        boolean first = true;
        for (Goroutine.PanicRecord p : chain) {
            if (!first) sb.append('\t');
            sb.append("panic: ").append(Printing.panicValue(this, g, p.typ, p.data));
            if (p.recovered) sb.append(" [recovered]");
            sb.append('\n');
            first = false;
        }
        if (g.panic.fault) sb.append("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
        sb.append('\n').append("goroutine ").append(g.id).append(" [running]:\n");
        for (int d = g.depth; d >= 0; d--) {
            FuncProto f = g.fFn[d];
            if (f == null || f.id < 0 || "runtime.main".equals(f.name)) continue;
            // a caller's saved pc is its return address: the call is the instruction before it
            int pc = Math.min(Math.max(d == g.depth ? g.fPc[d] : g.fPc[d] - 1, 0), f.lines.length - 1);
            int line = pc >= 0 && f.lines.length > 0 ? f.lines[pc] : 0;
            sb.append(f.name).append(f.paramWords == 0 ? "()" : "(...)").append("\n\t").append(f.file).append(':').append(line).append('\n');
        }
        sb.append("exit status 2\n");
        stderr.print(sb);
        stderr.flush();
        throw new GoExit(2);
    }

    public void fatal(String msg) {
        stdout.flush();
        stderr.println("fatal error: " + msg);
        stderr.flush();
        throw new GoExit(2);
    }

    // ------------------------------------------------------------------ runtime errors

    /** A Go runtime error value {@code runtime.errorString(msg)} (Error() adds "runtime error: "). */
    public GoPanic runtimeError(String msg) { return errorValue(prog.errorStringType, msg, false); }
    public GoPanic plainError(String msg) { return errorValue(prog.plainErrorType, msg, false); }

    private GoPanic errorValue(int typeIndex, String msg, boolean fault) {
        long s = newString(msg.getBytes(StandardCharsets.UTF_8));
        RType t = types[typeIndex];
        long box = malloc(16, t, true);
        mem.putLong(box, s); mem.putLong(box + 8, msg.getBytes(StandardCharsets.UTF_8).length);
        return new GoPanic(t.addr, box, fault);
    }

    public GoPanic typeAssertionError(String msg) {
        RType t = types[prog.typeAssertErrorType]; // *runtime.TypeAssertionError
        RType elem = t.elem;
        long obj = malloc(elem.size, elem, true);
        byte[] b = msg.getBytes(StandardCharsets.UTF_8);
        mem.putLong(obj, newString(b)); mem.putLong(obj + 8, b.length);
        return new GoPanic(t.addr, obj, false);
    }

    GoPanic nilDerefError() { return errorValue(prog.errorStringType, "invalid memory address or nil pointer dereference", true); }
    GoPanic nilPanic() { return nilDerefError(); }
    GoPanic divideError() { return runtimeError("integer divide by zero"); }
    GoPanic indexError(long i, long n) {
        if (i < 0) return runtimeError("index out of range [" + i + "]");
        return runtimeError("index out of range [" + i + "] with length " + n);
    }

    // ------------------------------------------------------------------ memory and allocation

    public long malloc(long size, RType t, boolean zero) {
        return Malloc.mallocgc(mcache, size, t, zero);
    }

    /** The one entry for pointer stores into heap or global memory (the write barrier's home). */
    void writePointer(long slot, long value) {
        mem.putLong(slot, value);
    }

    /** Allocates a Go string's bytes (noscan) and returns the data pointer (0 for empty). */
    public long newString(byte[] b) {
        if (b.length == 0) return 0;
        long p = malloc(b.length, null, false);
        mem.putBytes(p, b, 0, b.length);
        return p;
    }

    public byte[] stringBytes(long ptr, long len) { return len == 0 ? new byte[0] : mem.getBytes(ptr, (int) len); }

    long funcval(int fid) {
        long a = funcvals[fid];
        if (a == 0) { a = mem.allocRodata(8, 8); mem.putLong(a, fid); funcvals[fid] = a; }
        return a;
    }

    static double u2f(long v) {
        if (v >= 0) return (double) v;
        double d = (double) (v >>> 1 | (v & 1));
        return d * 2;
    }

    static long f2i(double v) {
        if (Double.isNaN(v) || v >= 9.223372036854775807E18 || v < -9.223372036854775808E18) return Long.MIN_VALUE;
        return (long) v;
    }

    static long f2u(double v) {
        if (Double.isNaN(v)) return Long.MIN_VALUE;
        if (v < 9.223372036854775807E18) return f2i(v);
        if (v >= 1.8446744073709551615E19) return Long.MIN_VALUE;
        return (long) (v - 9.223372036854775808E18) ^ Long.MIN_VALUE;
    }

    // ------------------------------------------------------------------ slow ops

    void slowOp(Goroutine g, int op) {
        int d = g.depth;
        FuncProto fn = g.fFn[d];
        int[] code = fn.code;
        int pc = g.fPc[d];
        int bp = g.fBp[d];
        long[] r = g.regs;
        int len = Op.LEN[op] + 1;
        try {
            switch (op) {
                case Op.CALLV: {
                    long fv = r[bp + code[pc + 1]];
                    int nbp = bp + code[pc + 2];
                    g.fPc[d] = pc + len;
                    if (fv == 0) { g.fPc[d] = pc; throw nilDerefError(); }
                    FuncProto f = funcs[(int) mem.getLong(fv)];
                    if (f.nativeIndex >= 0) { callNative(g, f.nativeIndex, nbp); return; }
                    pushFrame(g, f, nbp, fv, Frame.NORMAL);
                    return;
                }
                case Op.CALLI: {
                    int a = bp + code[pc + 1];
                    long typ = r[a];
                    int nbp = bp + code[pc + 3];
                    if (typ == 0) throw nilDerefError();
                    int fid = Methods.lookup(this, typeAt(typ), code[pc + 2]);
                    r[nbp] = r[a + 1];
                    g.fPc[d] = pc + len;
                    FuncProto f = funcs[fid];
                    if (f.nativeIndex >= 0) { callNative(g, f.nativeIndex, nbp); return; }
                    pushFrame(g, f, nbp, 0L, Frame.NORMAL);
                    return;
                }
                case Op.NATIVE: {
                    g.fPc[d] = pc + len;
                    callNative(g, code[pc + 1], bp + code[pc + 2]);
                    return;
                }
                case Op.CLOSURE: {
                    int a = bp + code[pc + 1];
                    RType t = types[code[pc + 3]];
                    long obj = malloc(t.size, t, true);
                    mem.putLong(obj, code[pc + 2]);
                    for (long off = 8; off < t.size; off += 8) mem.putLong(obj + off, r[a + (int) (off / 8)]);
                    r[a] = obj;
                    break;
                }
                case Op.FUNCVAL: r[bp + code[pc + 1]] = funcval(code[pc + 2]); break;
                case Op.DEFER: {
                    int n = code[pc + 3];
                    long[] args = new long[n];
                    System.arraycopy(r, bp + code[pc + 2], args, 0, n);
                    defer(g, r[bp + code[pc + 1]], args);
                    break;
                }
                case Op.PANIC: {
                    int a = bp + code[pc + 1];
                    throw new GoPanic(r[a], r[a + 1], false);
                }
                case Op.RECOVER: {
                    int a = bp + code[pc + 1];
                    // recover() is compiled as a call-less op in the deferred function itself
                    Goroutine.PanicRecord p = g.panic;
                    if (p != null && !p.recovered && !p.aborted && p.deferDepth == d) {
                        p.recovered = true;
                        r[a] = p.typ; r[a + 1] = p.data;
                    } else { r[a] = 0; r[a + 1] = 0; }
                    break;
                }
                case Op.MOVE: Values.typedmemmove(this, types[code[pc + 3]], r[bp + code[pc + 1]], r[bp + code[pc + 2]]); break;
                case Op.CLR: mem.clear(r[bp + code[pc + 1]], code[pc + 2]); break;
                case Op.NEW: { RType t = types[code[pc + 2]]; r[bp + code[pc + 1]] = malloc(t.size, t, true); break; }
                case Op.MEMEQ: r[bp + code[pc + 1]] = alg.equal(mem, r[bp + code[pc + 2]], r[bp + code[pc + 3]], types[code[pc + 4]]) ? 1 : 0; break;
                case Op.SCAT: Strings.concat(this, r, bp + code[pc + 1], bp + code[pc + 2], bp + code[pc + 3]); break;
                case Op.SCMP: r[bp + code[pc + 1]] = Strings.compare(this, r, bp + code[pc + 2], bp + code[pc + 3]); break;
                case Op.SEQ: r[bp + code[pc + 1]] = Strings.equal(this, r, bp + code[pc + 2], bp + code[pc + 3]) ? 1 : 0; break;
                case Op.SLICE: Slices.slice(this, r, bp, code, pc); break;
                case Op.COPY: Slices.copy(this, r, bp + code[pc + 1], bp + code[pc + 2], bp + code[pc + 3], code[pc + 4]); break;
                case Op.MKSLICE: Slices.makeslice(this, r, bp + code[pc + 1], r[bp + code[pc + 2]], r[bp + code[pc + 3]], types[code[pc + 4]]); break;
                case Op.GROW: Slices.grow(this, r, bp + code[pc + 1], bp + code[pc + 2], r[bp + code[pc + 3]], types[code[pc + 4]]); break;
                case Op.SCONV: Strings.convert(this, r, bp + code[pc + 1], bp + code[pc + 2], code[pc + 3]); break;
                case Op.DECRUNE: Strings.decodeRune(this, r, bp + code[pc + 1], bp + code[pc + 2], r[bp + code[pc + 3]]); break;
                case Op.MKIFACE: Ifaces.convT(this, r, bp + code[pc + 1], bp + code[pc + 2], types[code[pc + 3]]); break;
                case Op.ASSERT: Ifaces.assertE(this, r, bp + code[pc + 1], bp + code[pc + 2], types[code[pc + 3]], code[pc + 4]); break;
                case Op.ASSERTI: Ifaces.assertI(this, r, bp + code[pc + 1], bp + code[pc + 2], types[code[pc + 3]], code[pc + 4]); break;
                case Op.IEQ: r[bp + code[pc + 1]] = Ifaces.equal(this, r, bp + code[pc + 2], bp + code[pc + 3]) ? 1 : 0; break;
                case Op.ICONV: { int a = bp + code[pc + 1], b = bp + code[pc + 2]; r[a] = r[b]; r[a + 1] = r[b + 1]; break; }
                case Op.MKMAP: r[bp + code[pc + 1]] = Maps.make(this, types[code[pc + 2]], r[bp + code[pc + 3]]); break;
                case Op.MAPGET: Maps.get(this, r, bp + code[pc + 1], r[bp + code[pc + 2]], types[code[pc + 3]], r[bp + code[pc + 4]]); break;
                case Op.MAPSET: r[bp + code[pc + 1]] = Maps.set(this, r[bp + code[pc + 2]], types[code[pc + 3]], r[bp + code[pc + 4]]); break;
                case Op.MAPDEL: Maps.delete(this, r[bp + code[pc + 1]], types[code[pc + 2]], r[bp + code[pc + 3]]); break;
                case Op.MAPLEN: { long m = r[bp + code[pc + 2]]; r[bp + code[pc + 1]] = m == 0 ? 0 : mem.getLong(m); break; }
                case Op.MAPITER: Maps.iterInit(this, r[bp + code[pc + 1]], r[bp + code[pc + 2]], types[code[pc + 3]]); break;
                case Op.MAPNEXT: Maps.iterNext(this, r[bp + code[pc + 1]]); break;
                case Op.CPLX: Values.complexOp(r, bp + code[pc + 1], bp + code[pc + 2], bp + code[pc + 3], code[pc + 4]); break;
                case Op.SUBSTR: { int a = bp + code[pc + 1], b = bp + code[pc + 2]; long lo = r[bp + code[pc + 3]], hi = r[bp + code[pc + 4]]; r[a] = r[b] + lo; r[a + 1] = hi - lo; break; }
                case Op.NOP: break;
                case Op.TYPEIS: r[bp + code[pc + 1]] = r[bp + code[pc + 2]] == types[code[pc + 3]].addr ? 1 : 0; break;
                case Op.TADDR: r[bp + code[pc + 1]] = types[code[pc + 2]].addr; break;
                case Op.SL2AP: {
                    int b = bp + code[pc + 2]; long n = code[pc + 3];
                    if (r[b + 1] < n) throw runtimeError("cannot convert slice with length " + r[b + 1] + " to pointer to array with length " + n);
                    r[bp + code[pc + 1]] = r[b];
                    break;
                }
                default: throw new IllegalStateException("glassgo: internal error: bad opcode " + op + " in " + fn.name + " at pc " + pc);
            }
        } catch (RuntimeErrorException e) {
            throw runtimeError(e.goMessage.startsWith("runtime error: ") ? e.goMessage.substring(15) : e.goMessage);
        }
        g.fPc[d] = pc + len;
    }
}
