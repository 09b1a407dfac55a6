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
    /** The program's standard input (os.Stdin); Glassgo.run sets it. */
    public java.io.InputStream stdin = System.in;
    /** runtime.GOMAXPROCS: the GOMAXPROCS environment variable when positive, else the CPU count (as Go's schedinit). */
    public int gomaxprocs = initialGomaxprocs();

    private static int initialGomaxprocs() {
        try {
            int n = Integer.parseInt(System.getenv().getOrDefault("GOMAXPROCS", ""));
            if (n > 0) return n;
        } catch (NumberFormatException ignored) { }
        return Runtime.getRuntime().availableProcessors();
    }
    /** Methods.lookup's cache, and Maps' state: per VM, so nothing static keeps a finished VM alive. */
    final Methods.Entry[] methodCache = new Methods.Entry[Methods.CACHE_SIZE];
    final Methods.CallEntry[] callCache = new Methods.CallEntry[Methods.CACHE_SIZE];
    /**
     * Targets seen by each CALLV site, by function id and pc: 0 none yet, fid + 1 one function,
     * -1 several (the JIT expands a closure call in place only when one was seen).
     */
    final int[][] callvTargets;
    volatile Object mapsState;
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
    /** Addresses of Program.statics in read-only memory. */
    final long[] staticAddrs;

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
        registry.registerInOrder(java.util.Arrays.asList(LinkOrder.sorted(prog, types)));
        for (RType t : types) byAddr.put(t.addr, t);
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
        staticAddrs = new long[prog.statics.size()];
        for (int i = 0; i < staticAddrs.length; i++) {
            Program.Static st = prog.statics.get(i);
            long a = mem.allocRodata(Math.max(8, 8L * st.words().length), 8);
            for (int w = 0; w < st.words().length; w++) mem.putLong(a + 8L * w, st.words()[w]);
            if (st.stringLit() >= 0) { mem.putLong(a, stringAddrs[st.stringLit()]); mem.putLong(a + 8, stringLens[st.stringLit()]); }
            staticAddrs[i] = a;
        }
        this.callvTargets = new int[funcs.length][];
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

    /** _StackMin: every goroutine starts with a 2 KiB stack (stack.go). */
    static final long STACK_MIN = 2048;
    /** _StackGuard: the prologue check keeps this much room below sp (stackguard0 = lo + 928). */
    static final long STACK_GUARD = 928;
    /** _StackSmall: frames up to this size are checked against the guard without subtracting. */
    static final long STACK_SMALL = 128;
    /** maxstacksize on 64-bit (set by runtime.main). */
    static final long MAX_STACK_SIZE = 1_000_000_000L;

    Goroutine newGoroutine(long id) {
        Goroutine g = new Goroutine(id);
        g.stackLo = heap.stackalloc(STACK_MIN);
        g.stackHi = g.stackLo + STACK_MIN;
        g.sp = g.stackHi;
        return g;
    }

    /**
     * Pushes a frame for callee with its registers at nbp. Its goroutine-stack frame (header,
     * register words, frame memory at the bottom) is carved below sp; if that crosses the guard,
     * the stack grows first (Go's prologue check and morestack).
     */
    void pushFrame(Goroutine g, FuncProto callee, int nbp, long ctx, int kind) {
        int nd = g.depth + 1;
        if (nd >= g.fFn.length) g.growFrames();
        int end = nbp + callee.frameSize;
        if (end + 16 > g.regs.length) g.growRegs(end + 16);
        long[] regs = g.regs;
        for (int i = nbp + callee.paramWords; i < end; i++) regs[i] = 0L; // (a plain loop: Arrays.fill is a call with range checks, costly for these few words)
        long fb = callee.stackFrameBytes();
        long check = fb - 8 > STACK_SMALL ? g.sp - (fb - 8 - STACK_SMALL) : g.sp;
        if (check <= g.stackLo + STACK_GUARD) ctx = morestack(g, callee, nbp, ctx, fb);
        long nsp = g.sp - fb;
        if (callee.frameMem > 0) mem.clear(nsp, callee.frameMem);
        g.fSp[nd] = g.sp;
        g.sp = nsp;
        g.fMem[nd] = nsp;
        g.fFn[nd] = callee; g.fBp[nd] = nbp; g.fCtx[nd] = ctx; g.fKind[nd] = kind; g.fPc[nd] = 0;
        g.depth = nd;
    }

    /**
     * morestack (kept out of pushFrame so that HotSpot inlines the common path): the callee's
     * context and any argument words not in the caller's register window (deferred calls,
     * native re-entry) are not in a frame yet. Returns the (possibly moved) context.
     */
    private long morestack(Goroutine g, FuncProto callee, int nbp, long ctx, long fb) {
        long oldLo = g.stackLo, oldHi = g.stackHi;
        growStack(g, fb);
        long delta = g.stackHi - oldHi;
        if (ctx >= oldLo && ctx < oldHi) ctx += delta;
        int top = g.depth >= 0 ? g.fBp[g.depth] + g.fFn[g.depth].frameSize : 0;
        for (int r = 0; r < callee.paramWords; r++) {
            long v = g.regs[nbp + r];
            if (nbp + r >= top && callee.isPtrReg(r) && v >= oldLo && v < oldHi) g.regs[nbp + r] = v + delta;
        }
        return ctx;
    }

    void popFrame(Goroutine g) {
        int d = g.depth;
        g.sp = g.fSp[d];
        g.fFn[d] = null;
        g.depth = d - 1;
    }

    /**
     * Go's newstack + copystack: doubles g's stack (again while the new frame of frameBytes plus
     * the guard would not fit), copies the used part to the top of the new stack and adjusts every
     * pointer into the old stack by delta = newHi - oldHi: pointer registers of every frame (the
     * frames' register pointer bitmaps), pointer words of every frame's memory (the frame-memory
     * pointer bitmaps: stack objects holding addresses of other stack objects), closure contexts,
     * and the func values and pointer arguments of pending defer records. Only this goroutine can
     * hold such pointers: that is the escape-analysis invariant.
     */
    void growStack(Goroutine g, long frameBytes) {
        long oldLo = g.stackLo, oldHi = g.stackHi, oldSize = oldHi - oldLo;
        long used = oldHi - g.sp;
        long newSize = oldSize * 2;
        while (newSize - used < frameBytes + STACK_GUARD) newSize *= 2;
        if (newSize > MAX_STACK_SIZE) throw stackOverflow(g);
        long newLo = heap.stackalloc(newSize), newHi = newLo + newSize;
        long delta = newHi - oldHi;
        mem.copy(newHi - used, g.sp, used);
        long[] regs = g.regs;
        for (int d = 0; d <= g.depth; d++) {
            FuncProto f = g.fFn[d];
            int bp = g.fBp[d];
            long[] pr = f.ptrRegs;
            for (int w = 0; w < pr.length; w++) {
                for (long bits = pr[w]; bits != 0; bits &= bits - 1) {
                    int r = (w << 6) + Long.numberOfTrailingZeros(bits);
                    if (r >= f.frameSize) break;
                    long v = regs[bp + r];
                    if (v >= oldLo && v < oldHi) regs[bp + r] = v + delta;
                }
            }
            g.fMem[d] += delta;
            g.fSp[d] += delta;
            long c = g.fCtx[d];
            if (c >= oldLo && c < oldHi) g.fCtx[d] = c + delta;
            long base = g.fMem[d];
            long[] mp = f.memPtrs;
            for (int w = 0; w < mp.length; w++) {
                for (long bits = mp[w]; bits != 0; bits &= bits - 1) {
                    long a = base + 8L * ((w << 6) + Long.numberOfTrailingZeros(bits));
                    long v = mem.getLong(a);
                    if (v >= oldLo && v < oldHi) mem.putLong(a, v + delta);
                }
            }
        }
        for (Goroutine.DeferRecord dr = g.defers; dr != null; dr = dr.next) dr.adjust(oldLo, oldHi, delta);
        g.sp += delta;
        heap.stackfree(oldLo, oldSize);
        g.stackLo = newLo; g.stackHi = newHi;
    }

    private GoExit stackOverflow(Goroutine g) {
        stdout.flush();
        stderr.println("runtime: goroutine stack exceeds " + MAX_STACK_SIZE + "-byte limit");
        stderr.println("runtime: sp=0x" + Long.toHexString(g.sp) + " stack=[0x" + Long.toHexString(g.stackLo) + ", 0x" + Long.toHexString(g.stackHi) + "]");
        stderr.println("fatal error: stack overflow");
        stderr.println();
        stderr.println("runtime stack:");
        stderr.flush();
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

    /** A pending defer in frame d (RET and DEFERRETURN run it first)? */
    boolean hasDefers(Goroutine g, int d) {
        return g.defers != null && g.defers.depth == d;
    }

    /**
     * RET of frame d at pc, for the interpreter and compiled code alike: a pending defer runs
     * first (RET is re-executed when it returns); else the frame is popped and a special frame's
     * continuation runs. True when the frame at stopDepth has returned (leave the driver).
     */
    boolean frameReturn(Goroutine g, int d, int pc, int stopDepth) {
        if (hasDefers(g, d)) {
            g.fPc[d] = pc;
            runDeferOnReturn(g);
            return false;
        }
        int kind = g.fKind[d];
        popFrame(g);
        if (d == stopDepth) return true;
        if (kind != Frame.NORMAL) {
            afterSpecialReturn(g, kind, d);
            return g.depth < stopDepth;
        }
        return false;
    }

    void runDeferOnReturn(Goroutine g) {
        Goroutine.DeferRecord dr = g.defers;
        g.defers = dr.next;
        freedefer(dr);
        invokeDeferred(g, dr, Frame.DEFER_RET);
    }

    private void invokeDeferred(Goroutine g, Goroutine.DeferRecord dr, int kind) {
        int d = g.depth;
        int base = g.fBp[d] + g.fFn[d].frameSize + 8;
        if (base + dr.args.length + 16 > g.regs.length) g.growRegs(base + dr.args.length + 16);
        System.arraycopy(dr.args, 0, g.regs, base, dr.args.length);
        long fnval = dr.fn;
        if (fnval == 0) {
            // defer of a nil func value: the call faults when it is made (runtime.deferreturn /
            // gopanic): a frame that nil-checks a zero register, run by the interpreter
            pushFrame(g, nilCallShim(), base, 0L, kind);
            return;
        }
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

    private FuncProto nilShim, shim;

    /** The frame of a deferred call of a nil func: nil-checks a zero register, so the interpreter faults in it. */
    private FuncProto nilCallShim() {
        if (nilShim == null) nilShim = shimProto(new int[]{Op.LDI, 0, 0, Op.NILCHK, 0}, 5);
        return nilShim;
    }

    private FuncProto nativeShim() {
        if (shim == null) shim = shimProto(new int[]{Op.RET}, 0);
        return shim;
    }

    /** A runtime frame with no Go source (hidden from tracebacks: id -1). */
    private static FuncProto shimProto(int[] code, int frameSize) {
        FuncProto f = new FuncProto(-1, "runtime.deferreturn", "?");
        f.code = code;
        f.lines = new int[code.length];
        f.consts = new long[0];
        f.frameSize = frameSize;
        return f;
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

    void defer(Goroutine g, long fn, long[] args, long ptrs, boolean heapRecord) {
        g.defers = new Goroutine.DeferRecord(g.depth, fn, args, ptrs, heapRecord ? newdefer() : 0L, g.defers);
    }

    /**
     * runtime.newdefer for a defer in a loop: a {@code _defer} from the P's pool, else a new heap
     * object (Go 1.19's _defer is 72 bytes: 3 flags, sp, pc, fn, _panic, link, fd, varp, framepc).
     * Top-level defers use a stack record and never get here.
     */
    private long newdefer() {
        if (deferPoolLen > 0) return deferPool[--deferPoolLen];
        return malloc(DEFER_SIZE, deferType(), true);
    }

    /** runtime.freedefer: the heap record goes back to the pool. */
    void freedefer(Goroutine.DeferRecord dr) {
        if (dr.heapRecord == 0) return;
        if (deferPoolLen == deferPool.length) deferPool = java.util.Arrays.copyOf(deferPool, deferPoolLen * 2);
        deferPool[deferPoolLen++] = dr.heapRecord;
    }

    private static final long DEFER_SIZE = 72;
    private long[] deferPool = new long[32];
    private int deferPoolLen;
    private RType deferRType;

    private RType deferType() {
        if (deferRType == null) {
            java.util.List<glassgo.runtime.types.FieldSpec> fs = new java.util.ArrayList<>();
            fs.add(new glassgo.runtime.types.FieldSpec("started", RType.basic(Kind.BOOL), false));
            fs.add(new glassgo.runtime.types.FieldSpec("heap", RType.basic(Kind.BOOL), false));
            fs.add(new glassgo.runtime.types.FieldSpec("openDefer", RType.basic(Kind.BOOL), false));
            fs.add(new glassgo.runtime.types.FieldSpec("sp", RType.basic(Kind.UINTPTR), false));
            fs.add(new glassgo.runtime.types.FieldSpec("pc", RType.basic(Kind.UINTPTR), false));
            for (String n : new String[]{"fn", "_panic", "link", "fd"}) fs.add(new glassgo.runtime.types.FieldSpec(n, RType.unsafePointer(), false));
            fs.add(new glassgo.runtime.types.FieldSpec("varp", RType.basic(Kind.UINTPTR), false));
            fs.add(new glassgo.runtime.types.FieldSpec("framepc", RType.basic(Kind.UINTPTR), false));
            deferRType = RType.struct("runtime._defer", fs);
            registry.register(deferRType);
        }
        return deferRType;
    }

    private int panicStop;

    void startPanic(Goroutine g, long typ, long data, boolean fault, int stopDepth) {
        g.panic = new Goroutine.PanicRecord(typ, data, fault, g.panic);
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
        // gopanic: an earlier panic whose deferred call's frame this defer unwinds is aborted
        // (it no longer continues, nor can it be recovered); one whose deferred call is still
        // running (this defer was deferred inside it) continues when that call returns.
        for (Goroutine.PanicRecord q = p.link; q != null; q = q.link)
            if (q.deferDepth > dr.depth) q.aborted = true;
        g.defers = dr.next;
        freedefer(dr);
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

    /** The Go panic for a runtime package's RuntimeErrorException. */
    GoPanic runtimeError(glassgo.runtime.RuntimeErrorException e) {
        return runtimeError(e.goMessage.startsWith("runtime error: ") ? e.goMessage.substring(15) : e.goMessage);
    }
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

    private void profileCallv(FuncProto fn, int pc, int fid) {
        if (fn.id < 0) return;
        int[] t = callvTargets[fn.id];
        if (t == null) t = callvTargets[fn.id] = new int[fn.code.length];
        if (t[pc] == 0) t[pc] = fid + 1;
        else if (t[pc] != fid + 1) t[pc] = -1;
    }

    /** The one function CALLV at pc of fn has called, or -1 (none yet, or several). */
    int callvTarget(FuncProto fn, int pc) {
        int[] t = fn.id < 0 ? null : callvTargets[fn.id];
        return t == null || t[pc] <= 0 ? -1 : t[pc] - 1;
    }

    void slowOp(Goroutine g, int op) {
        int d = g.depth;
        int pc = g.fPc[d];
        if (slowOp(g, d, g.fFn[d], pc, g.fBp[d], op)) g.fPc[d] = pc + Op.LEN[op] + 1;
    }

    /**
     * Executes slow instruction op of fn at pc with registers at bp, on behalf of frame d (for an
     * instruction of a function the JIT inlined, fn/pc/bp are the inlined callee's and d is the
     * frame it was inlined into). Returns false when it has set the frame's pc itself (calls).
     */
    boolean slowOp(Goroutine g, int d, FuncProto fn, int pc, int bp, int op) {
        int[] code = fn.code;
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
                    profileCallv(fn, pc, f.id);
                    if (f.nativeIndex >= 0) { callNative(g, f.nativeIndex, nbp); return false; }
                    pushFrame(g, f, nbp, fv, Frame.NORMAL);
                    return false;
                }
                case Op.CALLI: {
                    int a = bp + code[pc + 1];
                    long typ = r[a];
                    int nbp = bp + code[pc + 3];
                    if (typ == 0) throw nilDerefError();
                    int fid = Methods.lookupCall(this, typ, code[pc + 2]);
                    r[nbp] = r[a + 1];
                    g.fPc[d] = pc + len;
                    FuncProto f = funcs[fid];
                    if (f.nativeIndex >= 0) { callNative(g, f.nativeIndex, nbp); return false; }
                    pushFrame(g, f, nbp, 0L, Frame.NORMAL);
                    return false;
                }
                case Op.NATIVE: {
                    g.fPc[d] = pc + len;
                    callNative(g, code[pc + 1], bp + code[pc + 2]);
                    return false;
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
                    int n = code[pc + 3] & Op.DEFER_WORDS, b = code[pc + 2];
                    long[] args = new long[n];
                    System.arraycopy(r, bp + b, args, 0, n);
                    long ptrs = 0;
                    for (int i = 0; i < n && i < 64; i++) if (fn.isPtrReg(b + i)) ptrs |= 1L << i;
                    defer(g, r[bp + code[pc + 1]], args, ptrs, (code[pc + 3] & Op.DEFER_HEAP) != 0);
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
                case Op.SCATN: Strings.concatN(this, g, r, bp + code[pc + 1], bp + code[pc + 2], code[pc + 3], code[pc + 4] != 0); break;
                case Op.STATIC: r[bp + code[pc + 1]] = staticAddrs[code[pc + 2]]; break;
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
                case Op.MKMAPS: { int a = bp + code[pc + 1]; r[a] = Maps.makeAt(this, types[code[pc + 2]], r[bp + code[pc + 3]], r[a], r[a + 1]); break; }
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
            throw runtimeError(e);
        }
        return true;
    }
}
