package glassgo.vm.interp;

import glassgo.compiler.code.FuncProto;
import glassgo.compiler.code.Op;
import glassgo.runtime.mem.Memory;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.TreeSet;

import static org.objectweb.asm.Opcodes.*;

/**
 * The baseline JIT: translates a hot function's register bytecode into one JVM method (a hidden
 * {@link Compiled} subclass) so that HotSpot compiles each Go function on its own, without the
 * interpreter's per-instruction dispatch.
 *
 * <p>Translation is one-to-one: every instruction becomes the same computation, Go jumps become
 * JVM jumps, and instructions the interpreter leaves to {@link Vm#slowOp} are left to it here too.
 * Registers that the inline instructions use are kept in JVM locals (HotSpot puts them in machine
 * registers); {@code r[bp+x]} stays the home of every register, so the locals are written back
 * ("spilled") before anything else may look at the register file — calls, returns, slow ops,
 * natives, safepoints, exceptions — and re-read ("filled") after anything may have changed it.
 *
 * <p>Invariants: (1) between two such points the cached locals hold the registers' values; at
 * each point r[] holds them. (2) Every pc at which the driver can find the frame suspended is a
 * resume point of the generated method's entry switch: pc 0, the pc after each call and slow op,
 * each RET and DEFERRETURN (re-executed after a deferred call), each loop head (safepoints and the
 * interpreter's on-stack replacement), and the recovery epilogue; any other pc returns
 * {@link Compiled#NOT_ENTRY} and the driver interprets. (3) Before an instruction that can panic
 * or fault, local {@code cpc} holds its pc, and the exception handler records that pc in the
 * frame, as the interpreter does; around calls out of the generated code cpc is -1 (the callee
 * records the pc itself), except in expanded callees, where it is always
 * {@code INLINE_TAG | site << 12 | callee pc} so that the handler can give them their frames.
 * The handler spills only if the function defers: a frame without deferred calls is unwound by
 * the driver once a panic leaves it, and its registers are never read again.
 *
 * <p>A function is compiled on its {@link #CALL_THRESHOLD}-th call or when a back-edge in it
 * exhausts the interpreter's on-stack-replacement budget. {@code GLASSDEBUG=jit=0} turns the JIT
 * off, {@code jit=2} compiles every function at its first call (the tests run both ways), and
 * {@code jit=3} is {@code jit=1} with ordinary instead of hidden classes (named
 * {@code Go$FUNCID$SEQ$NAME}), which Java profilers show in stack traces.
 *
 * <p>Small callees (and monomorphic interface calls, behind a type-word guard, and closure calls
 * whose site has seen one function, behind a funcval guard) are expanded in place on their
 * register window; a failed guard leaves through the method's one deoptimisation exit (spill,
 * the call's pc saved, NOT_ENTRY: the driver interprets the call); a panic inside expanded code
 * first pushes the frames the callees would have had.
 *
 * <p>Slow instructions that cannot change frames (map operations, NEW, GROW, SLICE, MKIFACE) are
 * called directly with their operands and re-read only the registers they write; the others go
 * through {@link Vm#slowOp} and continue at the next pc through the method's one refill block
 * (the resume switch), as do native calls. Every cached register equals r[] right after a spill,
 * which is what makes re-reading only the written registers correct. Generated classes are per VM (constants such as string and global
 * addresses are baked in) and hidden, so they are unloaded with it. Single-threaded today: the
 * heat counters and the code table are plain arrays; when goroutines run on several threads,
 * compile must be serialised and {@code code[id]} published with a release store.
 */
final class Jit {
    /** calls before a function is compiled (system property glassgo.jit.calls, for tuning) */
    static final int CALL_THRESHOLD = Integer.getInteger("glassgo.jit.calls", 50);
    /** back-edges the interpreter runs between checks for a loop worth compiling (system property glassgo.jit.osr, for tuning) */
    static final int OSR_INTERVAL = Integer.getInteger("glassgo.jit.osr", 4000);
    /** a directory to write each generated class to (system property glassgo.jit.dump; for reading with javap) */
    private static final String DUMP = System.getProperty("glassgo.jit.dump");
    /**
     * JVM bytecode size above which HotSpot does not compile a method (HugeMethodLimit, 8000);
     * the launcher runs with -XX:-DontCompileHugeMethods and raises it with system property
     * glassgo.jit.huge.
     */
    private static final int HUGE_METHOD = Integer.getInteger("glassgo.jit.huge", 7900);
    /** functions longer than this (code words) would exceed HUGE_METHOD anyway: not tried */
    private static final int MAX_CODE_WORDS = 3000;
    /**
     * Estimated spill/fill bytes a function may spend on cached registers, largest first: a
     * translation that exceeds HUGE_METHOD is retried with the next budget, so that a big function
     * still keeps its innermost loop's registers in locals (before, it lost them all at once).
     */
    private static final int[] CACHE_BUDGETS = {4500, 2000, 800, 250};
    private static final boolean VERBOSE = Boolean.getBoolean("glassgo.jit.verbose");
    /**
     * Generated classes are version 50 (Java 6) files without stack map frames: HotSpot verifies
     * them by type inference, natively, instead of ASM computing frames in Java at each
     * translation (ASM's COMPUTE_FRAMES was most of a translation's cost in a cold JVM: a
     * program compiling every function, GLASSDEBUG=jit=2, ran 0.1-0.3 s faster without it).
     * System property glassgo.jit.frames=true restores Java 17 classes with frames.
     */
    private static final boolean FRAMES = Boolean.getBoolean("glassgo.jit.frames");
    /** bytecode size of the last translation (for the verbose report) */
    private int lastSize;

    /** cpc tag of an instruction of an inlined callee: tag | site << 12 | callee pc */
    private static final int INLINE_TAG = 1 << 30;
    private static final String SELF_PKG = "glassgo/vm/interp/";
    private static final String COMPILED = SELF_PKG + "Compiled";
    private static final String VM = SELF_PKG + "Vm";
    private static final String G = SELF_PKG + "Goroutine";
    private static final String INTERP = SELF_PKG + "Interp";
    private static final String MEM = internalName(Memory.class);
    private static final String PANIC = SELF_PKG + "GoPanic";
    private static final String FUNCPROTO = internalName(FuncProto.class);
    private static final String RTYPE = internalName(glassgo.runtime.types.RType.class);

    private static String internalName(Class<?> c) { return c.getName().replace('.', '/'); }

    // locals of run(in, g, stopDepth)
    private static final int L_IN = 1, L_G = 2, L_STOP = 3, L_VM = 4, L_MEM = 5, L_R = 6, L_BP = 7,
            L_D = 8, L_CPC = 9, L_TMP = 10, L_T1 = 12, L_T2 = 14, L_EXC = 16, L_REGS = 18;

    private static final java.util.concurrent.atomic.AtomicInteger CLASS_SEQ = new java.util.concurrent.atomic.AtomicInteger();

    final Compiled[] code;
    private final int[] heat;
    private final Vm vm;
    /** 0 off, 1 on (thresholds), 2 eager */
    final int mode;
    private final MethodHandles.Lookup lookup = MethodHandles.lookup();

    Jit(Vm vm, int mode) {
        this.vm = vm;
        this.mode = mode;
        this.code = new Compiled[vm.funcs.length];
        this.heat = new int[vm.funcs.length];
    }

    /** Back-edges between the interpreter's safepoint/OSR checks (every one in eager mode). */
    int osrInterval() { return mode == 2 ? 0 : OSR_INTERVAL; }

    /** Counts a call of f; compiles it at the threshold. True if f has compiled code. */
    boolean hot(FuncProto f) {
        int id = f.id;
        if (id < 0 || mode == 0) return false;
        if (code[id] != null) return true;
        if (++heat[id] < (mode == 2 ? 1 : CALL_THRESHOLD)) return false;
        return compile(f) != null;
    }

    /** A loop in f exhausted the on-stack-replacement budget: compile f. True if f has compiled code. */
    boolean hotLoop(FuncProto f) {
        int id = f.id;
        if (id < 0 || mode == 0) return false;
        if (code[id] != null) return true;
        if (heat[id] < 0) return false;
        return compile(f) != null;
    }

    private Compiled compile(FuncProto f) {
        Compiled c = null;
        if (f.nativeIndex < 0 && f.code != null && f.code.length <= MAX_CODE_WORDS && 2L * f.frameSize + L_REGS + 8 < 65000) {
            try {
                // smaller and smaller translations until one fits HotSpot's compile limit
                for (int budget : CACHE_BUDGETS) if (c == null) c = attempt(f, budget, true);
                for (int budget : CACHE_BUDGETS) if (c == null) c = attempt(f, budget, false);
                if (c == null) c = attempt(f, 0, false);
            } catch (Throwable e) {
                // a translation bug: the interpreter runs the function instead (jit=2, the tests' mode, reports it)
                if (mode == 2) throw new IllegalStateException("glassgo: internal error: jit of " + f.name + ": " + e, e);
                c = null;
            }
        }
        if (c == null) heat[f.id] = Integer.MIN_VALUE; // never again
        code[f.id] = c;
        return c;
    }

    /** One translation; null if it does not fit (too large, or an instruction stream it cannot follow). */
    private Compiled attempt(FuncProto f, int cacheBudget, boolean inlining) throws Throwable {
        try {
            Compiled c = new Translation(f, cacheBudget, inlining).define();
            if (VERBOSE) System.err.println("jit: " + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() + " ms " + f.name + " budget=" + cacheBudget + " inlining=" + inlining + " " + lastSize + " bytes" + (c == null ? " too large" : " ok"));
            return c;
        } catch (UnsupportedOperationException | org.objectweb.asm.MethodTooLargeException e) {
            return null;
        }
    }

    /** True for the instructions the generated code executes itself (the interpreter's inline set). */
    static boolean inline(int op) {
        switch (op) {
            case Op.MOV: case Op.MOV2: case Op.MOV3: case Op.MOVN: case Op.LDI: case Op.LDK: case Op.ZERO:
            case Op.ADD: case Op.SUB: case Op.MUL: case Op.DIV: case Op.REM: case Op.DIVU: case Op.REMU:
            case Op.AND: case Op.OR: case Op.XOR: case Op.ANDNOT: case Op.SHL: case Op.SHR: case Op.SHRU:
            case Op.NEG: case Op.COM: case Op.ADDI: case Op.MULI: case Op.EXT: case Op.SHIFTCHK:
            case Op.EQ: case Op.NE: case Op.LT: case Op.LE: case Op.LTU: case Op.LEU: case Op.NOT:
            case Op.FADD: case Op.FSUB: case Op.FMUL: case Op.FDIV: case Op.FNEG: case Op.FEQ: case Op.FNE:
            case Op.FLT: case Op.FLE: case Op.F32: case Op.I2F: case Op.U2F: case Op.F2I: case Op.F2U: case Op.FSQRT:
            case Op.JMP: case Op.JT: case Op.JF: case Op.JLT: case Op.JGE: case Op.JEQ: case Op.JNE:
            case Op.JLTI: case Op.JGEI: case Op.JEQI: case Op.JNEI: case Op.JLTU: case Op.JGEU: case Op.INCLT: case Op.INCLTI:
            case Op.LD8S: case Op.LD8U: case Op.LD16S: case Op.LD16U: case Op.LD32S: case Op.LD32U: case Op.LD64: case Op.LDF32:
            case Op.ST8: case Op.ST16: case Op.ST32: case Op.ST64: case Op.STF32: case Op.STP:
            case Op.LEA: case Op.FRAME: case Op.NILCHK: case Op.SLEN: case Op.CTX:
            case Op.IDX: case Op.LDX8U: case Op.LDX64: case Op.STX8: case Op.STX64: case Op.IDXK:
            case Op.GADDR: case Op.SLIT: case Op.CLR:
                return true;
            default:
                return false;
        }
    }

    /** The jump offset operand's index (1-based word after the opcode) of a jump op, or -1. */
    static int jumpOperand(int op) {
        switch (op) {
            case Op.JMP: return 1;
            case Op.JT: case Op.JF: return 2;
            case Op.JLT: case Op.JGE: case Op.JEQ: case Op.JNE: case Op.JLTI: case Op.JGEI: case Op.JEQI: case Op.JNEI:
            case Op.JLTU: case Op.JGEU: return 3;
            case Op.INCLT: case Op.INCLTI: return 4;
            default: return -1;
        }
    }

    /**
     * The registers an inline instruction reads and writes (relative to the frame base). Every
     * register of every inline instruction is reported, so that the cached set is closed.
     */
    static void regs(int[] c, int pc, BitSet rd, BitSet wr) {
        int op = c[pc];
        int a = pc + 1 < c.length ? c[pc + 1] : 0, b = pc + 2 < c.length ? c[pc + 2] : 0, cc = pc + 3 < c.length ? c[pc + 3] : 0;
        switch (op) {
            case Op.MOV: wr.set(a); rd.set(b); break;
            case Op.MOV2: wr.set(a, a + 2); rd.set(b, b + 2); break;
            case Op.MOV3: wr.set(a, a + 3); rd.set(b, b + 3); break;
            case Op.MOVN: wr.set(a, a + cc); rd.set(b, b + cc); break;
            case Op.LDI: case Op.LDK: case Op.FRAME: case Op.CTX: case Op.GADDR: wr.set(a); break;
            case Op.CLR: rd.set(a); break;
            case Op.SLIT: wr.set(a, a + 2); break;
            case Op.ZERO: wr.set(a, a + b); break;
            case Op.ADD: case Op.SUB: case Op.MUL: case Op.DIV: case Op.REM: case Op.DIVU: case Op.REMU:
            case Op.AND: case Op.OR: case Op.XOR: case Op.ANDNOT: case Op.SHL: case Op.SHR: case Op.SHRU:
            case Op.EQ: case Op.NE: case Op.LT: case Op.LE: case Op.LTU: case Op.LEU:
            case Op.FADD: case Op.FSUB: case Op.FMUL: case Op.FDIV: case Op.FEQ: case Op.FNE: case Op.FLT: case Op.FLE:
                wr.set(a); rd.set(b); rd.set(cc); break;
            case Op.NEG: case Op.COM: case Op.ADDI: case Op.MULI: case Op.EXT: case Op.NOT: case Op.FNEG:
            case Op.F32: case Op.I2F: case Op.U2F: case Op.F2I: case Op.F2U: case Op.FSQRT:
            case Op.LD8S: case Op.LD8U: case Op.LD16S: case Op.LD16U: case Op.LD32S: case Op.LD32U: case Op.LD64: case Op.LDF32:
            case Op.LEA:
                wr.set(a); rd.set(b); break;
            case Op.SHIFTCHK: case Op.NILCHK: case Op.JT: case Op.JF: case Op.JLTI: case Op.JGEI: case Op.JEQI: case Op.JNEI:
                rd.set(a); break;
            case Op.JLT: case Op.JGE: case Op.JEQ: case Op.JNE: case Op.JLTU: case Op.JGEU:
                rd.set(a); rd.set(b); break;
            case Op.INCLT: rd.set(a); wr.set(a); rd.set(cc); break;
            case Op.INCLTI: rd.set(a); wr.set(a); break;
            case Op.ST8: case Op.ST16: case Op.ST32: case Op.ST64: case Op.STF32: case Op.STP:
                rd.set(a); rd.set(cc); break;
            case Op.SLEN: wr.set(a); rd.set(b + 1); break;
            case Op.IDX: case Op.LDX8U: case Op.LDX64: wr.set(a); rd.set(b, b + 2); rd.set(cc); break;
            case Op.STX8: case Op.STX64: rd.set(a, a + 2); rd.set(b); rd.set(cc); break;
            case Op.IDXK: wr.set(a); rd.set(b); rd.set(cc); break;
            default: break;
        }
    }

    /** Instruction starts of code (throws UnsupportedOperationException on a malformed stream). */
    static boolean[] starts(int[] code) {
        boolean[] st = new boolean[code.length + 1];
        for (int pc = 0; pc < code.length; ) {
            int op = code[pc];
            if (op < 0 || op >= Op.COUNT || Op.NAME[op] == null) throw new UnsupportedOperationException("bad op");
            st[pc] = true;
            pc += Op.LEN[op] + 1;
        }
        return st;
    }

    static int[] pcsOf(int[] code) {
        int k = 0;
        for (int pc = 0; pc < code.length; pc += Op.LEN[code[pc]] + 1) k++;
        int[] r = new int[k];
        k = 0;
        for (int pc = 0; pc < code.length; pc += Op.LEN[code[pc]] + 1) r[k++] = pc;
        return r;
    }

    /** One function's translation. */
    private final class Translation {
        final FuncProto f;
        final int[] c;
        final int n;
        /** instruction start pcs in order */
        final int[] pcs;
        final boolean[] isStart;
        final TreeSet<Integer> entries = new TreeSet<>();
        final BitSet backTargets = new BitSet();
        /** cached registers; written cached registers (the spill set) */
        final BitSet cached = new BitSet(), spill = new BitSet();
        MethodVisitor mv;
        Label[] at;
        final Label retContinue = new Label(), resume = new Label(), refill = new Label(), notEntry = new Label(), handler = new Label(),
                tryStart = new Label(), tryEnd = new Label(), codeEnd = new Label(), deopt = new Label();
        final Label[] safepointStub;

        Translation(FuncProto f, int cacheBudget, boolean inlining) {
            this.f = f;
            this.c = f.code;
            this.n = c.length;
            this.inlining = inlining;
            isStart = starts(c);
            pcs = pcsOf(c);
            safepointStub = new Label[n + 1];
            analyse(cacheBudget);
        }

        private void analyse(int cacheBudget) {
            maxReg = Math.max(1, f.frameSize);
            entries.add(0);
            if (f.recoverPc >= 0) entries.add(f.recoverPc);
            int[] depth = new int[n + 1];
            // spill code: at every call, slow op, safepoint stub and return, and in the exception
            // handler; fill code: the refill block, and the callee's window after each slow op of
            // an expanded callee
            int slowPoints = 2, fillPoints = 1;
            for (int pc : pcs) {
                int op = c[pc], next = pc + Op.LEN[op] + 1;
                int jo = jumpOperand(op);
                if (jo > 0) {
                    int t = pc + c[pc + jo];
                    if (t < 0 || t >= n || !isStart[t]) throw new UnsupportedOperationException("bad jump");
                    if (t <= pc) {
                        backTargets.set(t);
                        entries.add(t);
                        for (int p = t; p <= pc; p++) depth[p]++;
                        slowPoints++;
                    }
                } else if (op == Op.CALL) {
                    FuncProto callee = vm.funcs[c[pc + 1]];
                    if (inlining && inlinable(callee, 1)) {
                        int slow = addSite(-1, pc, callee, c[pc + 2], 1, -1);
                        slowPoints += slow;
                        fillPoints += slow;
                        continue;
                    }
                    entries.add(next);
                    slowPoints++;
                } else if (op == Op.RET || op == Op.DEFERRETURN) {
                    entries.add(pc);
                    if (op == Op.DEFERRETURN) hasDefers = true;
                    slowPoints++;
                } else if (op == Op.POLL) {
                    entries.add(next);
                    slowPoints++;
                } else if (!inline(op)) {
                    if (op == Op.CALLV && inlining) {
                        int fid = callvGuess(pc);
                        if (fid >= 0 && inlinable(vm.funcs[fid], 1, true)) {
                            callvTarget.put(pc, fid);
                            int slow = addSite(-1, pc, vm.funcs[fid], c[pc + 2], 1, c[pc + 1]);
                            slowPoints += slow;
                            fillPoints += slow;
                        }
                    }
                    if (op == Op.CALLI && inlining) {
                        long[] tf = monomorphic(c[pc + 2]);
                        if (tf != null && inlinable(vm.funcs[(int) tf[1]], 1)) {
                            calliType.put(pc, tf[0]);
                            int slow = addSite(-1, pc, vm.funcs[(int) tf[1]], c[pc + 3], 1, -1);
                            slowPoints += slow;
                            fillPoints += slow;
                        }
                    }
                    entries.add(next);
                    slowPoints++;
                    if (op == Op.DEFER) hasDefers = true;
                }
            }
            for (Site st : sites) maxReg = Math.max(maxReg, st.base + st.fn.frameSize);
            if (cacheBudget == 0) return;
            BitSet rd = new BitSet(), wr = new BitSet();
            long[] weight = new long[maxReg + 8];
            for (int pc : pcs) {
                long w = 1;
                for (int i = 0; i < Math.min(depth[pc], 6); i++) w *= 8;
                if ((c[pc] == Op.CALL || c[pc] == Op.CALLI || c[pc] == Op.CALLV) && siteAt.containsKey(key(-1, pc))) {
                    if (c[pc] == Op.CALLV) weight[c[pc + 1]] += w; // the guard reads the funcval
                    weighInlined(siteAt.get(key(-1, pc)), w, weight, rd, wr);
                    if (c[pc] == Op.CALLI) spill.set(c[pc + 3]); // the speculated path writes the receiver word
                    continue;
                }
                rd.clear(); wr.clear();
                if (!inline(c[pc])) {
                    if (directRegs(c, pc, rd, wr)) weigh(0, w, weight, rd, wr);
                    continue;
                }
                regs(c, pc, rd, wr);
                weigh(0, w, weight, rd, wr);
            }
            // choose the most-used registers within the spill/fill budget (8 bytes per register per point)
            Integer[] order = new Integer[weight.length];
            for (int i = 0; i < order.length; i++) order[i] = i;
            Arrays.sort(order, (x, y) -> Long.compare(weight[y], weight[x]));
            int bytes = 0;
            for (int x : order) {
                if (weight[x] == 0) break;
                int cost = 8 * (fillPoints + (spill.get(x) ? slowPoints : 0));
                if (bytes + cost > cacheBudget) continue;
                bytes += cost;
                cached.set(x);
            }
            spill.and(cached);
        }

        /** An inlined call: the callee, the call's pc in its parent (a site or the function itself), the callee's register base. */
        record Site(int parent, int callPc, int retPc, FuncProto fn, int base, int ctxReg) {}

        final boolean inlining;
        /** the function defers calls: its RETs spill every register (deferred calls run while the frame is live) */
        boolean hasDefers;
        final List<Site> sites = new ArrayList<>();
        final java.util.Map<Long, Integer> siteAt = new java.util.HashMap<>();
        /** registers used, including inlined callees' (beyond the frame) */
        int maxReg;

        long key(int parent, int pc) { return ((long) (parent + 1) << 32) | pc; }

        /** Records the inline site for the CALL at pc of parent (and, recursively, its callee's); returns its slow points. */
        int addSite(int parent, int pc, FuncProto callee, int off, int level, int ctxReg) {
            int base = (parent < 0 ? 0 : sites.get(parent).base) + off;
            int id = sites.size();
            int[] pcode = parent < 0 ? c : sites.get(parent).fn.code;
            sites.add(new Site(parent, pc, pc + Op.LEN[pcode[pc]] + 1, callee, base, ctxReg));
            siteAt.put(key(parent, pc), id);
            int slow = 0;
            for (int q : pcsOf(callee.code)) {
                int op = callee.code[q];
                if (op == Op.CALL) slow += addSite(id, q, vm.funcs[callee.code[q + 1]], callee.code[q + 2], level + 1, -1);
                else if (!inline(op) && op != Op.RET) slow++;
            }
            return slow;
        }

        void weighInlined(int site, long w, long[] weight, BitSet rd, BitSet wr) {
            Site st = sites.get(site);
            int[] cc = st.fn.code;
            for (int q : pcsOf(cc)) {
                if (cc[q] == Op.CALL) { weighInlined(siteAt.get(key(site, q)), w, weight, rd, wr); continue; }
                rd.clear(); wr.clear();
                if (!inline(cc[q])) {
                    if (directRegs(cc, q, rd, wr)) weigh(st.base, w, weight, rd, wr);
                    continue;
                }
                regs(cc, q, rd, wr);
                weigh(st.base, w, weight, rd, wr);
            }
            // the callee's registers are zeroed on entry: all of them are written
            for (int x = st.fn.paramWords; x < st.fn.frameSize; x++) spill.set(st.base + x);
        }

        void weigh(int base, long w, long[] weight, BitSet rd, BitSet wr) {
            BitSet both = (BitSet) rd.clone();
            both.or(wr);
            for (int x = both.nextSetBit(0); x >= 0; x = both.nextSetBit(x + 1)) {
                if (base + x >= weight.length) throw new UnsupportedOperationException("register beyond frame");
                weight[base + x] += w;
            }
            for (int x = wr.nextSetBit(0); x >= 0; x = wr.nextSetBit(x + 1)) spill.set(base + x);
        }

        /**
         * Can callee be expanded in place of a CALL (at nesting level)? Small, not a closure, no
         * frame memory, no defers, forward jumps only, every call in it inlinable too, and no
         * instruction that calls out or needs a frame of its own.
         */
        boolean inlinable(FuncProto g, int level) { return inlinable(g, level, false); }

        /** closure: g is the target of a speculated CALLV, whose CTX instructions read the call's funcval */
        boolean inlinable(FuncProto g, int level, boolean closure) {
            if (g == f || g.id < 0 || g.nativeIndex >= 0 || g.code == null || level > 2) return false;
            if (g.code.length > 120 || g.frameMem != 0 || g.frameSize > 200) return false; // (recoverPc is set for every epilogue; DEFER and DEFERRETURN are refused below)
            int[] gc = g.code;
            boolean[] st;
            try { st = starts(gc); } catch (UnsupportedOperationException e) { return false; }
            for (int q : pcsOf(gc)) {
                int op = gc[q];
                int jo = jumpOperand(op);
                if (jo > 0) {
                    int t = q + gc[q + jo];
                    if (t <= q || t >= gc.length || !st[t]) return false;
                    continue;
                }
                switch (op) {
                    case Op.CALL: if (!inlinable(vm.funcs[gc[q + 1]], level + 1)) return false; break;
                    case Op.NATIVE: if (!panicsOnly(gc[q + 1])) return false; break;
                    case Op.CTX: if (!closure) return false; break;
                    case Op.FRAME: case Op.CALLV: case Op.CALLI: case Op.DEFER: case Op.RECOVER:
                    case Op.DEFERRETURN: case Op.POLL:
                        return false;
                    default: break;
                }
            }
            return true;
        }

        /**
         * The function CALLV at pc is expected to call: the one its profile saw, or, for a site
         * that has not run yet (a later loop of a function compiled during an earlier one), the
         * one seen by another site calling the same variable (both copy the funcval from
         * register R just before: {@code MOV x, R; CALLV x, ...}); -1 if none.
         */
        int callvGuess(int pc) {
            int fid = vm.callvTarget(f, pc);
            if (fid >= 0) return fid;
            int src = movSource(pc);
            if (src < 0) return -1;
            int guess = -1;
            for (int q : pcs) {
                if (c[q] != Op.CALLV || q == pc || movSource(q) != src) continue;
                int t = vm.callvTarget(f, q);
                if (t < 0) continue;
                if (guess >= 0 && guess != t) return -1;
                guess = t;
            }
            return guess;
        }

        /** R when the CALLV at pc is immediately preceded by MOV funcvalReg, R; else -1. */
        int movSource(int pc) {
            int m = pc - 1 - Op.LEN[Op.MOV];
            return m >= 0 && isStart[m] && c[m] == Op.MOV && c[m + 1] == c[pc + 1] ? c[m + 2] : -1;
        }

        /** speculated target (function id) of each CALLV expanded in place */
        final java.util.Map<Integer, Integer> callvTarget = new java.util.HashMap<>();
        /** speculated dynamic type (descriptor address) of each CALLI expanded in place */
        final java.util.Map<Integer, Long> calliType = new java.util.HashMap<>();

        /**
         * The (type, function) of method mid if the VM's call cache has seen exactly one dynamic
         * type for it so far (a monomorphic interface call site, most likely), else null.
         */
        long[] monomorphic(int mid) {
            long[] r = null;
            for (Methods.CallEntry e : vm.callCache) {
                if (e == null || e.mid() != mid) continue;
                if (r != null) return null;
                r = new long[]{e.typ(), e.fid()};
            }
            return r;
        }

        /** Natives that only panic (never call back into Go): allowed in expanded callees. */
        boolean panicsOnly(int nativeIdx) {
            String name = vm.prog.natives.get(nativeIdx);
            return name.equals("runtime.panicwrap") || (name.startsWith("builtin.") && name.contains("panic"));
        }

        /**
         * CALLI expanded in place for its speculated dynamic type: the type word is compared with
         * it; on a match the receiver word is passed and the method's code runs inline, otherwise
         * the ordinary interface call.
         */
        void emitCalliSpeculated(int pc) {
            int a = cc[pc + 1], off = cc[pc + 3];
            Label generic = new Label();
            load(a); lconst(calliType.get(pc)); mv.visitInsn(LCMP); mv.visitJumpInsn(IFNE, generic);
            load(a + 1); store(off);
            emitGuarded(pc, generic);
        }

        /**
         * The guarded part of a speculated call: the expansion, then the guard's failure path —
         * the interpreter runs the call (and the frame until it changes) through the one shared
         * deoptimisation exit, so that each expanded site costs no spill code of its own.
         */
        void emitGuarded(int pc, Label generic) {
            Label after = new Label();
            emitInlined(pc);
            mv.visitJumpInsn(GOTO, after);
            mv.visitLabel(generic);
            setCpc(pc);
            mv.visitJumpInsn(GOTO, deopt);
            mv.visitLabel(after);
        }

        /**
         * An instruction left to Vm.slowOp: spill, call, then continue at the next pc through the
         * refill block (or return to the driver if frames changed).
         */
        void emitSlow(int pc, int op) {
            spillAll();
            beginCall();
            mv.visitVarInsn(ALOAD, L_VM); mv.visitVarInsn(ALOAD, L_G); mv.visitVarInsn(ILOAD, L_D); iconst(op); iconst(pc);
            mv.visitMethodInsn(INVOKESTATIC, COMPILED, "slow", "(L" + VM + ";L" + G + ";III)Z", false);
            mv.visitJumpInsn(IFEQ, retContinue);
            mv.visitJumpInsn(GOTO, refill); // Compiled.slow has set the frame's pc to the next instruction
        }

        /**
         * CALLV expanded in place for the one function it has called so far: the funcval must be
         * non-nil and name that function (word 0); otherwise the interpreter makes the call
         * (the shared deoptimisation exit), nil funcval panics included.
         */
        void emitCallvSpeculated(int pc) {
            int a = cc[pc + 1];
            Label generic = new Label();
            load(a); mv.visitInsn(LCONST_0); mv.visitInsn(LCMP); mv.visitJumpInsn(IFEQ, generic);
            mv.visitVarInsn(ALOAD, L_MEM); load(a); memCall("getLong", "(J)J");
            lconst(callvTarget.get(pc)); mv.visitInsn(LCMP); mv.visitJumpInsn(IFNE, generic);
            emitGuarded(pc, generic);
        }

        int inlineSite(int pc) {
            Integer s = inlining ? siteAt.get(key(curSite, pc)) : null;
            return s == null ? -1 : s;
        }

        /** cpc value for pc in the current context (inlined code: tag | site | callee pc) */
        int cpcOf(int pc) { return curSite < 0 ? pc : INLINE_TAG | (curSite << 12) | pc; }

        // current emission context: the function whose code is being emitted (f, or an inlined callee)
        int[] cc;
        FuncProto ccur;
        Label[] curAt;
        int regBase;
        int curSite = -1;
        Label siteReturn;

        /** A CALL expanded in place: zero the callee's locals, emit its code on its register window, its RETs jump past. */
        void emitInlined(int pc) {
            int site = inlineSite(pc);
            Site st = sites.get(site);
            int[] sc = cc; FuncProto sf = ccur; Label[] sa = curAt; int sb = regBase, ss = curSite, sp = curPc; Label sr = siteReturn;
            Label after = new Label();
            regBase = st.base; cc = st.fn.code; ccur = st.fn; curSite = site; siteReturn = after;
            curAt = new Label[cc.length + 1];
            int[] qs = pcsOf(cc);
            for (int q : qs) curAt[q] = new Label();
            for (int x = st.fn.paramWords; x < st.fn.frameSize; x++) { mv.visitInsn(LCONST_0); store(x); }
            for (int q : qs) {
                mv.visitLabel(curAt[q]);
                curPc = q;
                emit(q);
            }
            mv.visitLabel(after);
            cc = sc; ccur = sf; curAt = sa; regBase = sb; curSite = ss; curPc = sp; siteReturn = sr;
        }

        /**
         * The Maps method for a map instruction on map type types[typeIdx]: {@code generic} ("get",
         * "set" or "delete") for the slow family, else that of the type's fast family (get64,
         * setStr, ...), chosen here once as cmd/compile chooses mapaccess2_fast64 and the like.
         */
        private String mapfast(int typeIdx, String generic) {
            switch (glassgo.runtime.maps.MapType.mapfast(vm.types[typeIdx])) {
                case glassgo.runtime.maps.MapType.FAST64: return generic.equals("delete") ? "del64" : generic + "64";
                case glassgo.runtime.maps.MapType.FASTSTR: return generic.equals("delete") ? "delStr" : generic + "Str";
                default: return generic;
            }
        }

        /**
         * Slow instructions that never change frames, called directly with their operands (no
         * Vm.slowOp switch, no pc bookkeeping, no refill): spill, call, re-read only the registers
         * the instruction writes (every other cached register still equals r[], as everything
         * written was just spilled). Map operations, allocation, append and slicing are most of
         * the slow instructions hot loops execute, with copy and the string operations (conversion,
         * concatenation, comparison, rune decoding).
         * Returns false for any other instruction.
         */
        boolean emitDirect(int pc, int op) {
            int[] c = cc;
            int a = c[pc + 1];
            switch (op) {
                case Op.TADDR: // a constant once the descriptor is registered (registration is lazy)
                    if (vm.types[c[pc + 2]].addr == 0) return false;
                    lconst(vm.types[c[pc + 2]].addr); store(a); return true;
                case Op.STATIC: lconst(vm.staticAddrs[c[pc + 2]]); store(a); return true;
                case Op.MAPGET: case Op.MAPSET: case Op.MAPDEL: case Op.MAPITER: case Op.MAPNEXT:
                case Op.NEW: case Op.GROW: case Op.SLICE: case Op.MKIFACE: case Op.COPY: case Op.SCONV:
                case Op.SCAT: case Op.SEQ: case Op.SCMP: case Op.MKSLICE: case Op.DECRUNE:
                    break;
                default:
                    return false;
            }
            spillAll();
            setCpc(cpcOf(pc));
            mv.visitVarInsn(ALOAD, L_VM);
            int fillFrom = a, fillN = 0;
            switch (op) {
                case Op.MAPGET: // Maps.get(vm, r, bp+a, m, type, key), or the map type's fast family's get
                    mv.visitVarInsn(ALOAD, L_R); absIndex(a); load(c[pc + 2]); type(c[pc + 3]); load(c[pc + 4]);
                    mv.visitMethodInsn(INVOKESTATIC, SELF_PKG + "Maps", mapfast(c[pc + 3], "get"), "(L" + VM + ";[JIJL" + RTYPE + ";J)V", false);
                    fillN = 2;
                    break;
                case Op.MAPSET: // R[a] = Maps.set(vm, m, type, key), or the fast family's set
                    load(c[pc + 2]); type(c[pc + 3]); load(c[pc + 4]);
                    mv.visitMethodInsn(INVOKESTATIC, SELF_PKG + "Maps", mapfast(c[pc + 3], "set"), "(L" + VM + ";JL" + RTYPE + ";J)J", false);
                    store(a);
                    break;
                case Op.MAPDEL: // Maps.delete(vm, m, type, key), or the fast family's delete
                    load(a); type(c[pc + 2]); load(c[pc + 3]);
                    mv.visitMethodInsn(INVOKESTATIC, SELF_PKG + "Maps", mapfast(c[pc + 2], "delete"), "(L" + VM + ";JL" + RTYPE + ";J)V", false);
                    break;
                case Op.MAPITER: // Maps.iterInit(vm, it, m, type)
                    load(a); load(c[pc + 2]); type(c[pc + 3]);
                    mv.visitMethodInsn(INVOKESTATIC, SELF_PKG + "Maps", "iterInit", "(L" + VM + ";JJL" + RTYPE + ";)V", false);
                    break;
                case Op.MAPNEXT: // Maps.iterNext(vm, it)
                    load(a);
                    mv.visitMethodInsn(INVOKESTATIC, SELF_PKG + "Maps", "iterNext", "(L" + VM + ";J)V", false);
                    break;
                case Op.NEW: // R[a] = newobject(type)
                    type(c[pc + 2]);
                    mv.visitMethodInsn(INVOKESTATIC, COMPILED, "newobject", "(L" + VM + ";L" + RTYPE + ";)J", false);
                    store(a);
                    break;
                case Op.GROW: // Slices.grow(vm, r, bp+a, bp+b, R[c], elem type)
                    mv.visitVarInsn(ALOAD, L_R); absIndex(a); absIndex(c[pc + 2]); load(c[pc + 3]); type(c[pc + 4]);
                    mv.visitMethodInsn(INVOKESTATIC, SELF_PKG + "Slices", "grow", "(L" + VM + ";[JIIJL" + RTYPE + ";)V", false);
                    fillN = 3;
                    break;
                case Op.SLICE: // Slices.slice(vm, r, bp, code, pc): writes R[a..a+3) (two words for strings)
                    mv.visitVarInsn(ALOAD, L_R); absIndex(0);
                    mv.visitVarInsn(ALOAD, L_VM); mv.visitFieldInsn(GETFIELD, VM, "funcs", "[L" + FUNCPROTO + ";");
                    iconst(ccur.id); mv.visitInsn(AALOAD); mv.visitFieldInsn(GETFIELD, FUNCPROTO, "code", "[I");
                    iconst(pc);
                    mv.visitMethodInsn(INVOKESTATIC, SELF_PKG + "Slices", "slice", "(L" + VM + ";[JI[II)V", false);
                    fillN = 3;
                    break;
                case Op.MKIFACE: // Ifaces.convT(vm, r, bp+a, bp+b, type)
                    mv.visitVarInsn(ALOAD, L_R); absIndex(a); absIndex(c[pc + 2]); type(c[pc + 3]);
                    mv.visitMethodInsn(INVOKESTATIC, SELF_PKG + "Ifaces", "convT", "(L" + VM + ";[JIIL" + RTYPE + ";)V", false);
                    fillN = 2;
                    break;
                case Op.COPY: // Slices.copy(vm, r, bp+a, bp+b, bp+c, k): R[a] = copy(R[b..], R[c..])
                    mv.visitVarInsn(ALOAD, L_R); absIndex(a); absIndex(c[pc + 2]); absIndex(c[pc + 3]); lconst(c[pc + 4]);
                    mv.visitMethodInsn(INVOKESTATIC, SELF_PKG + "Slices", "copy", "(L" + VM + ";[JIIIJ)V", false);
                    fillN = 1;
                    break;
                case Op.SCONV: // Strings.convert(vm, r, bp+a, bp+b, kind): a string or slice header in R[a..]
                    mv.visitVarInsn(ALOAD, L_R); absIndex(a); absIndex(c[pc + 2]); iconst(c[pc + 3]);
                    mv.visitMethodInsn(INVOKESTATIC, SELF_PKG + "Strings", "convert", "(L" + VM + ";[JIII)V", false);
                    fillN = (c[pc + 3] & 7) == 0 || (c[pc + 3] & 7) == 2 ? 3 : 2; // slices: 3 words, strings: 2
                    break;
                case Op.SCAT: // Strings.concat(vm, r, bp+a, bp+b, bp+c): R[a..a+1] = R[b..b+1] + R[c..c+1]
                    mv.visitVarInsn(ALOAD, L_R); absIndex(a); absIndex(c[pc + 2]); absIndex(c[pc + 3]);
                    mv.visitMethodInsn(INVOKESTATIC, SELF_PKG + "Strings", "concat", "(L" + VM + ";[JIII)V", false);
                    fillN = 2;
                    break;
                case Op.SEQ: // R[a] = Strings.equal(vm, r, bp+b, bp+c) ? 1 : 0
                    mv.visitVarInsn(ALOAD, L_R); absIndex(c[pc + 2]); absIndex(c[pc + 3]);
                    mv.visitMethodInsn(INVOKESTATIC, SELF_PKG + "Strings", "equal", "(L" + VM + ";[JII)Z", false);
                    mv.visitInsn(I2L);
                    store(a);
                    break;
                case Op.SCMP: // R[a] = Strings.compare(vm, r, bp+b, bp+c)
                    mv.visitVarInsn(ALOAD, L_R); absIndex(c[pc + 2]); absIndex(c[pc + 3]);
                    mv.visitMethodInsn(INVOKESTATIC, SELF_PKG + "Strings", "compare", "(L" + VM + ";[JII)J", false);
                    store(a);
                    break;
                case Op.MKSLICE: // Slices.makeslice(vm, r, bp+a, R[b], R[c], elem type): R[a..a+2]
                    mv.visitVarInsn(ALOAD, L_R); absIndex(a); load(c[pc + 2]); load(c[pc + 3]); type(c[pc + 4]);
                    mv.visitMethodInsn(INVOKESTATIC, SELF_PKG + "Slices", "makeslice", "(L" + VM + ";[JIJJL" + RTYPE + ";)V", false);
                    fillN = 3;
                    break;
                case Op.DECRUNE: // Strings.decodeRune(vm, r, bp+a, bp+b, R[c]): R[a] = rune, R[a+1] = width
                    mv.visitVarInsn(ALOAD, L_R); absIndex(a); absIndex(c[pc + 2]); load(c[pc + 3]);
                    mv.visitMethodInsn(INVOKESTATIC, SELF_PKG + "Strings", "decodeRune", "(L" + VM + ";[JIIJ)V", false);
                    fillN = 2;
                    break;
                default:
                    throw new IllegalStateException();
            }
            fillRange(fillFrom + regBase, fillFrom + regBase + fillN);
            return true;
        }

        /**
         * The registers emitDirect's code reads (rd) and stores into cached locals itself (wr: these
         * join the spill set, the store bypassing r[]); false if op is not one of its instructions.
         * Registers it re-reads from r[] after the call need neither.
         */
        boolean directRegs(int[] c, int pc, BitSet rd, BitSet wr) {
            switch (c[pc]) {
                case Op.TADDR: case Op.STATIC: case Op.NEW: wr.set(c[pc + 1]); return true;
                case Op.MAPSET: wr.set(c[pc + 1]); rd.set(c[pc + 2]); rd.set(c[pc + 4]); return true;
                case Op.MAPGET: rd.set(c[pc + 2]); rd.set(c[pc + 4]); return true;
                case Op.MAPDEL: rd.set(c[pc + 1]); rd.set(c[pc + 3]); return true;
                case Op.MAPITER: rd.set(c[pc + 1]); rd.set(c[pc + 2]); return true;
                case Op.MAPNEXT: rd.set(c[pc + 1]); return true;
                case Op.GROW: rd.set(c[pc + 3]); return true;
                case Op.SEQ: case Op.SCMP: wr.set(c[pc + 1]); return true;
                case Op.MKSLICE: rd.set(c[pc + 2]); rd.set(c[pc + 3]); return true;
                case Op.DECRUNE: rd.set(c[pc + 3]); return true;
                default: return false;
            }
        }

        /** pushes bp + regBase + x, the r[] index of register x of the current code */
        void absIndex(int x) { mv.visitVarInsn(ILOAD, L_BP); iconst(regBase + x); mv.visitInsn(IADD); }

        /** pushes vm.types[t] */
        void type(int t) {
            mv.visitVarInsn(ALOAD, L_VM); mv.visitFieldInsn(GETFIELD, VM, "types", "[L" + RTYPE + ";");
            iconst(t); mv.visitInsn(AALOAD);
        }

        /** A slow instruction of an inlined callee: run against the callee's code and window; frames never change. */
        void emitSlowInlined(int pc, int op) {
            if (op == Op.NATIVE && panicsOnly(cc[pc + 1])) {
                // a call that only panics (runtime.panicwrap in a method wrapper): after a panic the
                // frame's registers are dead (or the handler spills them, if the function defers),
                // so only what the native
                // reads (the callee's window) and what a collection during its allocation may scan
                // (the frame's pointer registers; expanded callees have no frame yet) must be in r[] first — not every cached register at every
                // expanded wrapper
                int lo = regBase, hi = regBase + ccur.frameSize;
                if (vm.prog.natives.get(cc[pc + 1]).equals("runtime.panicwrap")) { lo = regBase + cc[pc + 2]; hi = lo + 2; } // its one string argument
                for (int x = spill.nextSetBit(0); x >= 0; x = spill.nextSetBit(x + 1)) {
                    if ((x >= lo && x < hi) || (x < f.frameSize && f.isPtrReg(x))) { spillReg(x); }
                }
            } else {
                spillAll();
            }
            setCpc(cpcOf(pc));
            mv.visitVarInsn(ALOAD, L_VM); mv.visitVarInsn(ALOAD, L_G); mv.visitVarInsn(ILOAD, L_D);
            iconst(ccur.id); iconst(pc);
            mv.visitVarInsn(ILOAD, L_BP); iconst(regBase); mv.visitInsn(IADD);
            iconst(op);
            mv.visitMethodInsn(INVOKESTATIC, COMPILED, "slowIn", "(L" + VM + ";L" + G + ";IIIII)V", false);
            reloadRegs();
            fillRange(regBase, regBase + ccur.frameSize);
        }

        /** Exception in inlined code: give each inlined callee on the chain a real frame, so tracebacks and panics see it. */
        void emitInlinedFault(Label rethrow) {
            Label[] per = new Label[sites.size()];
            for (int i = 0; i < per.length; i++) per[i] = new Label();
            mv.visitVarInsn(ILOAD, L_CPC); iconst(12); mv.visitInsn(ISHR); mv.visitLdcInsn(0x3FFFF); mv.visitInsn(IAND);
            mv.visitTableSwitchInsn(0, per.length - 1, rethrow, per);
            for (int i = 0; i < per.length; i++) {
                mv.visitLabel(per[i]);
                List<Site> chain = new ArrayList<>();
                for (int s = i; s >= 0; s = sites.get(s).parent) chain.add(0, sites.get(s));
                for (Site st : chain) {
                    mv.visitVarInsn(ALOAD, L_VM); mv.visitVarInsn(ALOAD, L_G); iconst(st.retPc); iconst(st.fn.id);
                    mv.visitVarInsn(ILOAD, L_BP); iconst(st.base); mv.visitInsn(IADD);
                    mv.visitMethodInsn(INVOKESTATIC, COMPILED, "pushInlined", "(L" + VM + ";L" + G + ";III)V", false);
                }
                mv.visitVarInsn(ALOAD, L_G); mv.visitVarInsn(ILOAD, L_CPC); mv.visitLdcInsn(0xFFF); mv.visitInsn(IAND);
                mv.visitMethodInsn(INVOKESTATIC, COMPILED, "topPc", "(L" + G + ";I)V", false);
                mv.visitJumpInsn(GOTO, rethrow);
            }
        }

        Compiled define() throws Throwable {
            ClassWriter cw = new ClassWriter(FRAMES ? ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS : ClassWriter.COMPUTE_MAXS) {
                @Override protected String getCommonSuperClass(String a, String b) {
                    return a.equals(b) ? a : "java/lang/Object";
                }
            };
            String name = SELF_PKG + "Go$" + f.id + (mode == 3 ? "$" + CLASS_SEQ.incrementAndGet() + "$" + f.name.replaceAll("[^A-Za-z0-9_]", "_") : "");
            cw.visit(FRAMES ? V17 : V1_6, ACC_FINAL | ACC_SUPER, name, null, COMPILED, null);
            MethodVisitor init = cw.visitMethod(0, "<init>", "()V", null, null);
            init.visitCode();
            init.visitVarInsn(ALOAD, 0);
            init.visitMethodInsn(INVOKESPECIAL, COMPILED, "<init>", "()V", false);
            init.visitInsn(RETURN);
            init.visitMaxs(0, 0);
            init.visitEnd();
            mv = cw.visitMethod(0, "run", "(L" + INTERP + ";L" + G + ";I)I", null, null);
            mv.visitCode();
            emitBody();
            mv.visitMaxs(0, 0);
            mv.visitEnd();
            cw.visitEnd();
            byte[] bytes = cw.toByteArray();
            lastSize = codeEnd.getOffset();
            if (codeEnd.getOffset() > HUGE_METHOD) return null;
            if (DUMP != null) java.nio.file.Files.write(java.nio.file.Path.of(DUMP, f.name.replaceAll("[^A-Za-z0-9_.]", "_") + ".class"), bytes);
            if (mode == 3) { // profiling: an ordinary (never unloaded) class, so that profilers show its frames
                Class<?> k = lookup.defineClass(bytes);
                return (Compiled) lookup.findConstructor(k, MethodType.methodType(void.class)).invoke();
            }
            MethodHandles.Lookup h = lookup.defineHiddenClass(bytes, true);
            return (Compiled) h.findConstructor(h.lookupClass(), MethodType.methodType(void.class)).invoke();
        }

        // ------------------------------------------------------------ emission helpers

        int slot(int x) { return L_REGS + 2 * x; }

        void iconst(int v) {
            if (v >= -1 && v <= 5) mv.visitInsn(ICONST_0 + v);
            else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) mv.visitIntInsn(BIPUSH, v);
            else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) mv.visitIntInsn(SIPUSH, v);
            else mv.visitLdcInsn(v);
        }

        void lconst(long v) {
            if (v == 0) mv.visitInsn(LCONST_0);
            else if (v == 1) mv.visitInsn(LCONST_1);
            else mv.visitLdcInsn(v);
        }

        /** pushes the r[] index of register x: bp + x */
        void rindex(int x) {
            mv.visitVarInsn(ALOAD, L_R);
            mv.visitVarInsn(ILOAD, L_BP);
            if (x != 0) { iconst(x); mv.visitInsn(IADD); }
        }

        /** pushes register x (a long) */
        void load(int x) {
            x += regBase;
            if (cached.get(x)) mv.visitVarInsn(LLOAD, slot(x));
            else { rindex(x); mv.visitInsn(LALOAD); }
        }

        /** pops a long into register x */
        void store(int x) {
            x += regBase;
            if (cached.get(x)) mv.visitVarInsn(LSTORE, slot(x));
            else { mv.visitVarInsn(LSTORE, L_TMP); rindex(x); mv.visitVarInsn(LLOAD, L_TMP); mv.visitInsn(LASTORE); }
        }

        void loadD(int x) { load(x); mv.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "longBitsToDouble", "(J)D", false); }

        void storeD(int x) { mv.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "doubleToRawLongBits", "(D)J", false); store(x); }

        /** r[bp + x] = the local caching register x */
        void spillReg(int x) { rindex(x); mv.visitVarInsn(LLOAD, slot(x)); mv.visitInsn(LASTORE); }

        /** the local caching register x = r[bp + x] */
        void fillReg(int x) { rindex(x); mv.visitInsn(LALOAD); mv.visitVarInsn(LSTORE, slot(x)); }

        /** fillReg for the cached registers in [from, to) */
        void fillRange(int from, int to) {
            for (int x = cached.nextSetBit(from); x >= 0 && x < to; x = cached.nextSetBit(x + 1)) fillReg(x);
        }

        void spillAll() {
            for (int x = spill.nextSetBit(0); x >= 0; x = spill.nextSetBit(x + 1)) {
                spillReg(x);
            }
        }

        /** Before a RET: the results (the only registers the caller reads), or everything when deferred calls may run first. */
        void spillForReturn() {
            if (hasDefers) { spillAll(); return; }
            for (int x = spill.nextSetBit(0); x >= 0 && x < f.resultWords; x = spill.nextSetBit(x + 1)) {
                spillReg(x);
            }
        }

        void fillAll() {
            for (int x = cached.nextSetBit(0); x >= 0; x = cached.nextSetBit(x + 1)) {
                fillReg(x);
            }
        }

        void setCpc(int pc) { iconst(pc); mv.visitVarInsn(ISTORE, L_CPC); }

        /** cpc = -1: a call out of the generated code records its own pc */
        void beginCall() { mv.visitInsn(ICONST_M1); mv.visitVarInsn(ISTORE, L_CPC); }

        /** g.fPc[d] = pc */
        void savePc(int pc) {
            mv.visitVarInsn(ALOAD, L_G); mv.visitFieldInsn(GETFIELD, G, "fPc", "[I");
            mv.visitVarInsn(ILOAD, L_D); iconst(pc); mv.visitInsn(IASTORE);
        }

        void reloadRegs() {
            mv.visitVarInsn(ALOAD, L_G); mv.visitFieldInsn(GETFIELD, G, "regs", "[J"); mv.visitVarInsn(ASTORE, L_R);
        }

        void throwVm(String method, String desc) {
            mv.visitMethodInsn(INVOKEVIRTUAL, VM, method, desc, false);
            mv.visitInsn(ATHROW);
        }

        /** A taken jump to t; backward jumps poll the safepoint flag. */
        void jumpTo(int t) {
            if (curSite < 0 && backTargets.get(t) && t <= curPc) {
                mv.visitVarInsn(ALOAD, L_VM);
                mv.visitFieldInsn(GETFIELD, VM, "preempt", "Z");
                if (safepointStub[t] == null) safepointStub[t] = new Label();
                mv.visitJumpInsn(IFNE, safepointStub[t]);
            }
            mv.visitJumpInsn(GOTO, curAt[t]);
        }

        int curPc;

        /** Conditional jump: the int condition for IFxx is on the stack. */
        void condJump(int ifOp, int t) {
            if (t <= curPc) {
                Label skip = new Label();
                mv.visitJumpInsn(invert(ifOp), skip);
                jumpTo(t);
                mv.visitLabel(skip);
            } else {
                mv.visitJumpInsn(ifOp, curAt[t]);
            }
        }

        int invert(int ifOp) {
            switch (ifOp) {
                case IFEQ: return IFNE; case IFNE: return IFEQ; case IFLT: return IFGE; case IFGE: return IFLT;
                case IFGT: return IFLE; case IFLE: return IFGT; default: throw new IllegalArgumentException();
            }
        }

        /** bounds check of T1 (index) against T2 (length), unsigned, as Go's panicIndex */
        void bounds() {
            Label ok = new Label();
            mv.visitVarInsn(LLOAD, L_T1); mv.visitVarInsn(LLOAD, L_T2);
            mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", "compareUnsigned", "(JJ)I", false);
            mv.visitJumpInsn(IFLT, ok);
            mv.visitVarInsn(ALOAD, L_VM); mv.visitVarInsn(LLOAD, L_T1); mv.visitVarInsn(LLOAD, L_T2);
            throwVm("indexError", "(JJ)L" + PANIC + ";");
            mv.visitLabel(ok);
        }

        /** T1 = register idx, T2 = register len, then the bounds check */
        void checkIndex(int idx, int len) {
            load(idx); mv.visitVarInsn(LSTORE, L_T1); load(len); mv.visitVarInsn(LSTORE, L_T2);
            bounds();
        }

        /** pushes [mem, address of element T1] of the slice in register s (8-byte or 1-byte elements) */
        void elementAddress(int s, boolean words) {
            mv.visitVarInsn(ALOAD, L_MEM); load(s); mv.visitVarInsn(LLOAD, L_T1);
            if (words) { iconst(3); mv.visitInsn(LSHL); }
            mv.visitInsn(LADD);
        }

        void memCall(String name, String desc) { mv.visitMethodInsn(INVOKEVIRTUAL, MEM, name, desc, false); }

        /** pushes the boolean of an LCMP/DCMP result test as a long 0/1 */
        void boolFromCmp(int ifTrue) {
            Label t = new Label(), e = new Label();
            mv.visitJumpInsn(ifTrue, t);
            mv.visitInsn(LCONST_0);
            mv.visitJumpInsn(GOTO, e);
            mv.visitLabel(t);
            mv.visitInsn(LCONST_1);
            mv.visitLabel(e);
        }

        void bin(int insn, int a, int b, int x) { load(b); load(x); mv.visitInsn(insn); store(a); }

        void fbin(int insn, int a, int b, int x) { loadD(b); loadD(x); mv.visitInsn(insn); storeD(a); }

        // ------------------------------------------------------------ the method

        void emitBody() {
            at = new Label[n + 1];
            for (int pc : pcs) at[pc] = new Label();
            mv.visitTryCatchBlock(tryStart, tryEnd, handler, "java/lang/Throwable");
            // prologue
            mv.visitVarInsn(ALOAD, L_IN); mv.visitFieldInsn(GETFIELD, INTERP, "vm", "L" + VM + ";"); mv.visitVarInsn(ASTORE, L_VM);
            mv.visitVarInsn(ALOAD, L_VM); mv.visitFieldInsn(GETFIELD, VM, "mem", "L" + MEM + ";"); mv.visitVarInsn(ASTORE, L_MEM);
            // resume: (re)load the top frame — also where a call of this function by itself, and a
            // return into a frame of this function, continue without leaving the method
            mv.visitLabel(resume);
            mv.visitVarInsn(ALOAD, L_G); mv.visitFieldInsn(GETFIELD, G, "depth", "I"); mv.visitVarInsn(ISTORE, L_D);
            reloadRegs();
            mv.visitVarInsn(ALOAD, L_G); mv.visitFieldInsn(GETFIELD, G, "fBp", "[I"); mv.visitVarInsn(ILOAD, L_D);
            mv.visitInsn(IALOAD); mv.visitVarInsn(ISTORE, L_BP);
            if (maxReg > f.frameSize + 8) {
                mv.visitVarInsn(ALOAD, L_G); mv.visitVarInsn(ILOAD, L_BP); iconst(maxReg + 8); mv.visitInsn(IADD);
                mv.visitMethodInsn(INVOKESTATIC, COMPILED, "ensureRegs", "(L" + G + ";I)V", false);
                reloadRegs();
            }
            // refill: after a slow op or native call the frame continues at its saved pc, with every
            // cached register re-read (one copy of the fill code for the whole method)
            mv.visitLabel(refill);
            reloadRegs();
            beginCall();
            fillAll();
            mv.visitVarInsn(ALOAD, L_G); mv.visitFieldInsn(GETFIELD, G, "fPc", "[I"); mv.visitVarInsn(ILOAD, L_D);
            mv.visitInsn(IALOAD);
            int[] keys = entries.stream().mapToInt(Integer::intValue).toArray();
            Label[] targets = new Label[keys.length];
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] >= n || !isStart[keys[i]]) throw new UnsupportedOperationException("entry not an instruction");
                targets[i] = at[keys[i]];
            }
            mv.visitLookupSwitchInsn(notEntry, keys, targets);
            mv.visitLabel(tryStart);
            cc = c; ccur = f; curAt = at; regBase = 0; curSite = -1;
            for (int pc : pcs) {
                mv.visitLabel(at[pc]);
                curPc = pc;
                emit(pc);
            }
            mv.visitLabel(retContinue);
            mv.visitInsn(ICONST_0);
            mv.visitInsn(IRETURN);
            mv.visitLabel(tryEnd);
            // safepoint stubs: spill, record the loop head, return to the driver
            for (int t = 0; t <= n; t++) {
                if (safepointStub[t] == null) continue;
                mv.visitLabel(safepointStub[t]);
                spillAll();
                mv.visitVarInsn(ALOAD, L_VM); mv.visitVarInsn(ALOAD, L_G); mv.visitVarInsn(ILOAD, L_D); iconst(t);
                mv.visitMethodInsn(INVOKESTATIC, COMPILED, "safepoint", "(L" + VM + ";L" + G + ";II)V", false);
                mv.visitInsn(ICONST_0);
                mv.visitInsn(IRETURN);
            }
            if (!calliType.isEmpty() || !callvTarget.isEmpty()) {
                // deoptimisation exit of speculated interface calls: spill, the frame's pc is the
                // call's (in cpc), and the driver interprets from there (NOT_ENTRY interprets
                // whatever the pc, so a call at a loop head cannot bounce back here)
                mv.visitLabel(deopt);
                spillAll();
                mv.visitVarInsn(ALOAD, L_G); mv.visitFieldInsn(GETFIELD, G, "fPc", "[I");
                mv.visitVarInsn(ILOAD, L_D); mv.visitVarInsn(ILOAD, L_CPC); mv.visitInsn(IASTORE);
            }
            mv.visitLabel(notEntry);
            iconst(Compiled.NOT_ENTRY);
            mv.visitInsn(IRETURN);
            // exception handler: spill and record the faulting pc (unless a callee recorded it)
            mv.visitLabel(handler);
            mv.visitVarInsn(ALOAD, L_VM);
            mv.visitMethodInsn(INVOKESTATIC, COMPILED, "goError", "(Ljava/lang/Throwable;L" + VM + ";)Ljava/lang/Throwable;", false);
            mv.visitVarInsn(ASTORE, L_EXC);
            Label rethrow = new Label();
            mv.visitVarInsn(ILOAD, L_CPC);
            mv.visitJumpInsn(IFLT, rethrow);
            // Only a function with deferred calls can run on after a panic in it (a recovery
            // returns its result registers); in any other, the frame's registers are dead once
            // the exception leaves, so the cached locals are not live into the handler, which
            // spares HotSpot's register allocators an edge from every throwing instruction that
            // kept all of them live (C1's linear scan was over half of its compile time).
            if (hasDefers) spillAll();
            Label inlined = new Label();
            if (!sites.isEmpty()) { mv.visitVarInsn(ILOAD, L_CPC); mv.visitLdcInsn(INLINE_TAG); mv.visitJumpInsn(IF_ICMPGE, inlined); }
            mv.visitVarInsn(ALOAD, L_G); mv.visitFieldInsn(GETFIELD, G, "fPc", "[I");
            mv.visitVarInsn(ILOAD, L_D); mv.visitVarInsn(ILOAD, L_CPC); mv.visitInsn(IASTORE);
            if (!sites.isEmpty()) {
                mv.visitJumpInsn(GOTO, rethrow);
                mv.visitLabel(inlined);
                emitInlinedFault(rethrow);
            }
            mv.visitLabel(rethrow);
            mv.visitVarInsn(ALOAD, L_EXC);
            mv.visitInsn(ATHROW);
            mv.visitLabel(codeEnd);
        }

        void emit(int pc) {
            int[] c = cc;
            int op = c[pc];
            int a = pc + 1 < c.length ? c[pc + 1] : 0, b = pc + 2 < c.length ? c[pc + 2] : 0, x = pc + 3 < c.length ? c[pc + 3] : 0;
            switch (op) {
                case Op.MOV: load(b); store(a); break;
                case Op.MOV2: for (int i = 0; i < 2; i++) { load(b + i); store(a + i); } break;
                case Op.MOV3: for (int i = 0; i < 3; i++) { load(b + i); store(a + i); } break;
                case Op.MOVN:
                    if (a > b) { for (int i = x - 1; i >= 0; i--) { load(b + i); store(a + i); } }
                    else { for (int i = 0; i < x; i++) { load(b + i); store(a + i); } }
                    break;
                case Op.LDI: lconst(b); store(a); break;
                case Op.LDK: lconst(ccur.consts[b]); store(a); break;
                case Op.ZERO: for (int i = 0; i < b; i++) { mv.visitInsn(LCONST_0); store(a + i); } break;
                case Op.ADD: bin(LADD, a, b, x); break;
                case Op.SUB: bin(LSUB, a, b, x); break;
                case Op.MUL: bin(LMUL, a, b, x); break;
                case Op.AND: bin(LAND, a, b, x); break;
                case Op.OR: bin(LOR, a, b, x); break;
                case Op.XOR: bin(LXOR, a, b, x); break;
                case Op.ANDNOT: load(b); load(x); lconst(-1); mv.visitInsn(LXOR); mv.visitInsn(LAND); store(a); break;
                case Op.DIV: case Op.REM: case Op.DIVU: case Op.REMU: {
                    setCpc(cpcOf(pc));
                    load(x); mv.visitVarInsn(LSTORE, L_T1);
                    Label ok = new Label();
                    mv.visitVarInsn(LLOAD, L_T1); mv.visitInsn(LCONST_0); mv.visitInsn(LCMP); mv.visitJumpInsn(IFNE, ok);
                    mv.visitVarInsn(ALOAD, L_VM); throwVm("divideError", "()L" + PANIC + ";");
                    mv.visitLabel(ok);
                    load(b); mv.visitVarInsn(LLOAD, L_T1);
                    if (op == Op.DIV) mv.visitInsn(LDIV);
                    else if (op == Op.REM) mv.visitInsn(LREM);
                    else mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", op == Op.DIVU ? "divideUnsigned" : "remainderUnsigned", "(JJ)J", false);
                    store(a);
                    break;
                }
                case Op.SHL: case Op.SHR: case Op.SHRU: {
                    load(x); mv.visitVarInsn(LSTORE, L_T1);
                    Label big = new Label(), done = new Label();
                    mv.visitVarInsn(LLOAD, L_T1); lconst(64);
                    mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", "compareUnsigned", "(JJ)I", false);
                    mv.visitJumpInsn(IFGE, big);
                    load(b); mv.visitVarInsn(LLOAD, L_T1); mv.visitInsn(L2I);
                    mv.visitInsn(op == Op.SHL ? LSHL : op == Op.SHR ? LSHR : LUSHR);
                    mv.visitJumpInsn(GOTO, done);
                    mv.visitLabel(big);
                    if (op == Op.SHR) { load(b); iconst(63); mv.visitInsn(LSHR); } else mv.visitInsn(LCONST_0);
                    mv.visitLabel(done);
                    store(a);
                    break;
                }
                case Op.NEG: load(b); mv.visitInsn(LNEG); store(a); break;
                case Op.COM: load(b); lconst(-1); mv.visitInsn(LXOR); store(a); break;
                case Op.ADDI: load(b); lconst(x); mv.visitInsn(LADD); store(a); break;
                case Op.MULI: load(b); lconst(x); mv.visitInsn(LMUL); store(a); break;
                case Op.EXT:
                    load(b);
                    switch (x) {
                        case 1: mv.visitInsn(L2I); mv.visitInsn(I2B); mv.visitInsn(I2L); break;
                        case 2: lconst(0xFFL); mv.visitInsn(LAND); break;
                        case 3: mv.visitInsn(L2I); mv.visitInsn(I2S); mv.visitInsn(I2L); break;
                        case 4: lconst(0xFFFFL); mv.visitInsn(LAND); break;
                        case 5: mv.visitInsn(L2I); mv.visitInsn(I2L); break;
                        case 6: lconst(0xFFFFFFFFL); mv.visitInsn(LAND); break;
                        default: break;
                    }
                    store(a);
                    break;
                case Op.SHIFTCHK: {
                    setCpc(cpcOf(pc));
                    Label ok = new Label();
                    load(a); mv.visitInsn(LCONST_0); mv.visitInsn(LCMP); mv.visitJumpInsn(IFGE, ok);
                    mv.visitVarInsn(ALOAD, L_VM); mv.visitLdcInsn("negative shift amount");
                    throwVm("runtimeError", "(Ljava/lang/String;)L" + PANIC + ";");
                    mv.visitLabel(ok);
                    break;
                }
                case Op.EQ: load(b); load(x); mv.visitInsn(LCMP); boolFromCmp(IFEQ); store(a); break;
                case Op.NE: load(b); load(x); mv.visitInsn(LCMP); boolFromCmp(IFNE); store(a); break;
                case Op.LT: load(b); load(x); mv.visitInsn(LCMP); boolFromCmp(IFLT); store(a); break;
                case Op.LE: load(b); load(x); mv.visitInsn(LCMP); boolFromCmp(IFLE); store(a); break;
                case Op.LTU: case Op.LEU:
                    load(b); load(x); mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", "compareUnsigned", "(JJ)I", false);
                    boolFromCmp(op == Op.LTU ? IFLT : IFLE); store(a); break;
                case Op.NOT: load(b); mv.visitInsn(LCONST_1); mv.visitInsn(LXOR); store(a); break;
                case Op.FADD: fbin(DADD, a, b, x); break;
                case Op.FSUB: fbin(DSUB, a, b, x); break;
                case Op.FMUL: fbin(DMUL, a, b, x); break;
                case Op.FDIV: fbin(DDIV, a, b, x); break;
                case Op.FNEG: load(b); lconst(Long.MIN_VALUE); mv.visitInsn(LXOR); store(a); break;
                case Op.FEQ: loadD(b); loadD(x); mv.visitInsn(DCMPL); boolFromCmp(IFEQ); store(a); break;
                case Op.FNE: loadD(b); loadD(x); mv.visitInsn(DCMPL); boolFromCmp(IFNE); store(a); break;
                case Op.FLT: loadD(b); loadD(x); mv.visitInsn(DCMPG); boolFromCmp(IFLT); store(a); break;
                case Op.FLE: loadD(b); loadD(x); mv.visitInsn(DCMPG); boolFromCmp(IFLE); store(a); break;
                case Op.F32: loadD(b); mv.visitInsn(D2F); mv.visitInsn(F2D); storeD(a); break;
                case Op.I2F: load(b); mv.visitInsn(L2D); storeD(a); break;
                case Op.U2F: load(b); mv.visitMethodInsn(INVOKESTATIC, VM, "u2f", "(J)D", false); storeD(a); break;
                case Op.F2I: loadD(b); mv.visitMethodInsn(INVOKESTATIC, VM, "f2i", "(D)J", false); store(a); break;
                case Op.F2U: loadD(b); mv.visitMethodInsn(INVOKESTATIC, VM, "f2u", "(D)J", false); store(a); break;
                case Op.FSQRT: loadD(b); mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "sqrt", "(D)D", false); storeD(a); break;
                case Op.JMP: jumpTo(pc + a); break;
                case Op.JT: load(a); mv.visitInsn(LCONST_0); mv.visitInsn(LCMP); condJump(IFNE, pc + b); break;
                case Op.JF: load(a); mv.visitInsn(LCONST_0); mv.visitInsn(LCMP); condJump(IFEQ, pc + b); break;
                case Op.JLT: load(a); load(b); mv.visitInsn(LCMP); condJump(IFLT, pc + x); break;
                case Op.JGE: load(a); load(b); mv.visitInsn(LCMP); condJump(IFGE, pc + x); break;
                case Op.JEQ: load(a); load(b); mv.visitInsn(LCMP); condJump(IFEQ, pc + x); break;
                case Op.JNE: load(a); load(b); mv.visitInsn(LCMP); condJump(IFNE, pc + x); break;
                case Op.JLTI: load(a); lconst(b); mv.visitInsn(LCMP); condJump(IFLT, pc + x); break;
                case Op.JGEI: load(a); lconst(b); mv.visitInsn(LCMP); condJump(IFGE, pc + x); break;
                case Op.JEQI: load(a); lconst(b); mv.visitInsn(LCMP); condJump(IFEQ, pc + x); break;
                case Op.JNEI: load(a); lconst(b); mv.visitInsn(LCMP); condJump(IFNE, pc + x); break;
                case Op.JLTU: case Op.JGEU:
                    load(a); load(b); mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", "compareUnsigned", "(JJ)I", false);
                    condJump(op == Op.JLTU ? IFLT : IFGE, pc + x); break;
                case Op.INCLT: case Op.INCLTI:
                    load(a); lconst(b); mv.visitInsn(LADD); store(a);
                    load(a);
                    if (op == Op.INCLT) load(x); else lconst(x);
                    mv.visitInsn(LCMP);
                    condJump(IFLT, pc + c[pc + 4]);
                    break;
                case Op.LD8S: case Op.LD8U: case Op.LD16S: case Op.LD16U: case Op.LD32S: case Op.LD32U: case Op.LD64: case Op.LDF32:
                    setCpc(cpcOf(pc));
                    mv.visitVarInsn(ALOAD, L_MEM); load(b); lconst(x); mv.visitInsn(LADD);
                    loadValue(op);
                    store(a);
                    break;
                case Op.ST8: case Op.ST16: case Op.ST32: case Op.ST64: case Op.STF32:
                    setCpc(cpcOf(pc));
                    mv.visitVarInsn(ALOAD, L_MEM); load(a); lconst(b); mv.visitInsn(LADD);
                    storeValue(op == Op.ST8 ? 1 : op == Op.ST16 ? 2 : op == Op.ST32 ? 4 : op == Op.ST64 ? 8 : -4, x);
                    break;
                case Op.STP:
                    setCpc(cpcOf(pc));
                    mv.visitVarInsn(ALOAD, L_VM); load(a); lconst(b); mv.visitInsn(LADD); load(x);
                    mv.visitMethodInsn(INVOKEVIRTUAL, VM, "writePointer", "(JJ)V", false);
                    break;
                case Op.LEA: load(b); lconst(x); mv.visitInsn(LADD); store(a); break;
                case Op.FRAME:
                    mv.visitVarInsn(ALOAD, L_G); mv.visitFieldInsn(GETFIELD, G, "fMem", "[J"); mv.visitVarInsn(ILOAD, L_D);
                    mv.visitInsn(LALOAD); lconst(b); mv.visitInsn(LADD); store(a);
                    break;
                case Op.NILCHK: {
                    setCpc(cpcOf(pc));
                    Label ok = new Label();
                    load(a); mv.visitInsn(LCONST_0); mv.visitInsn(LCMP); mv.visitJumpInsn(IFNE, ok);
                    mv.visitVarInsn(ALOAD, L_VM); throwVm("nilPanic", "()L" + PANIC + ";");
                    mv.visitLabel(ok);
                    break;
                }
                case Op.SLEN: load(b + 1); store(a); break;
                case Op.CTX:
                    setCpc(cpcOf(pc));
                    mv.visitVarInsn(ALOAD, L_MEM);
                    if (curSite >= 0) { // an expanded closure: its context is the funcval the call was made with
                        int saved = regBase; regBase = 0; load(sites.get(curSite).ctxReg()); regBase = saved;
                    } else {
                        mv.visitVarInsn(ALOAD, L_G); mv.visitFieldInsn(GETFIELD, G, "fCtx", "[J"); mv.visitVarInsn(ILOAD, L_D);
                        mv.visitInsn(LALOAD);
                    }
                    lconst(b); mv.visitInsn(LADD);
                    memCall("getLong", "(J)J");
                    store(a);
                    break;
                case Op.IDX:
                    setCpc(cpcOf(pc));
                    checkIndex(x, b + 1);
                    load(b); mv.visitVarInsn(LLOAD, L_T1); lconst(c[pc + 4]); mv.visitInsn(LMUL); mv.visitInsn(LADD);
                    store(a);
                    break;
                case Op.LDX8U: case Op.LDX64:
                    setCpc(cpcOf(pc));
                    checkIndex(x, b + 1);
                    elementAddress(b, op == Op.LDX64);
                    loadValue(op == Op.LDX64 ? Op.LD64 : Op.LD8U);
                    store(a);
                    break;
                case Op.STX8: case Op.STX64:
                    setCpc(cpcOf(pc));
                    checkIndex(b, a + 1);
                    elementAddress(a, op == Op.STX64);
                    storeValue(op == Op.STX64 ? 8 : 1, x);
                    break;
                case Op.IDXK:
                    setCpc(cpcOf(pc));
                    load(x); mv.visitVarInsn(LSTORE, L_T1); lconst(c[pc + 5]); mv.visitVarInsn(LSTORE, L_T2);
                    bounds();
                    load(b); mv.visitVarInsn(LLOAD, L_T1); lconst(c[pc + 4]); mv.visitInsn(LMUL); mv.visitInsn(LADD);
                    store(a);
                    break;
                case Op.GADDR: lconst(vm.globalsBase + b); store(a); break;
                case Op.CLR: // memclrNoHeapPointers: no allocation, no frame change, so no spill
                    setCpc(cpcOf(pc));
                    mv.visitVarInsn(ALOAD, L_MEM); load(a); lconst(b);
                    memCall("clear", "(JJ)V");
                    break;
                case Op.SLIT: lconst(vm.stringAddrs[b]); store(a); lconst(vm.stringLens[b]); store(a + 1); break;
                case Op.CALL:
                    if (inlineSite(pc) >= 0) emitInlined(pc);
                    else emitCall(pc, a, b);
                    break;
                case Op.RET:
                    if (curSite >= 0) { mv.visitJumpInsn(GOTO, siteReturn); break; }
                    spillForReturn();
                    beginCall();
                    // Vm.frameReturn's true (the stop frame returned) is Compiled.STOP, 1
                    mv.visitVarInsn(ALOAD, L_VM); mv.visitVarInsn(ALOAD, L_G); mv.visitVarInsn(ILOAD, L_D); iconst(pc);
                    mv.visitVarInsn(ILOAD, L_STOP);
                    mv.visitMethodInsn(INVOKEVIRTUAL, VM, "frameReturn", "(L" + G + ";III)Z", false);
                    mv.visitInsn(DUP);
                    Label cont = new Label();
                    mv.visitJumpInsn(IFEQ, cont);
                    mv.visitInsn(IRETURN);
                    mv.visitLabel(cont);
                    mv.visitInsn(POP);
                    // returning into a frame of this same function: continue here
                    mv.visitVarInsn(ALOAD, L_G); mv.visitFieldInsn(GETFIELD, G, "fFn", "[L" + FUNCPROTO + ";");
                    mv.visitVarInsn(ALOAD, L_G); mv.visitFieldInsn(GETFIELD, G, "depth", "I"); mv.visitInsn(AALOAD);
                    mv.visitFieldInsn(GETFIELD, FUNCPROTO, "id", "I");
                    iconst(f.id);
                    mv.visitJumpInsn(IF_ICMPNE, retContinue);
                    mv.visitJumpInsn(GOTO, resume);
                    break;
                case Op.DEFERRETURN: {
                    Label none = new Label();
                    mv.visitVarInsn(ALOAD, L_VM); mv.visitVarInsn(ALOAD, L_G); mv.visitVarInsn(ILOAD, L_D);
                    mv.visitMethodInsn(INVOKEVIRTUAL, VM, "hasDefers", "(L" + G + ";I)Z", false);
                    mv.visitJumpInsn(IFEQ, none);
                    spillAll();
                    beginCall();
                    savePc(pc); // re-executed when the deferred call returns
                    mv.visitVarInsn(ALOAD, L_VM); mv.visitVarInsn(ALOAD, L_G);
                    mv.visitMethodInsn(INVOKEVIRTUAL, VM, "runDeferOnReturn", "(L" + G + ";)V", false);
                    mv.visitJumpInsn(GOTO, retContinue);
                    mv.visitLabel(none);
                    break;
                }
                case Op.POLL: {
                    Label none = new Label();
                    mv.visitVarInsn(ALOAD, L_VM); mv.visitFieldInsn(GETFIELD, VM, "preempt", "Z");
                    mv.visitJumpInsn(IFEQ, none);
                    spillAll();
                    beginCall();
                    mv.visitVarInsn(ALOAD, L_VM); mv.visitVarInsn(ALOAD, L_G); mv.visitVarInsn(ILOAD, L_D); iconst(pc + 1);
                    mv.visitMethodInsn(INVOKESTATIC, COMPILED, "safepoint", "(L" + VM + ";L" + G + ";II)V", false);
                    mv.visitJumpInsn(GOTO, retContinue);
                    mv.visitLabel(none);
                    break;
                }
                default: {
                    if (inline(op)) throw new IllegalStateException("inline op without translation: " + Op.NAME[op]);
                    if (emitDirect(pc, op)) break;
                    if (curSite >= 0) { emitSlowInlined(pc, op); break; }
                    if (op == Op.CALLI && inlineSite(pc) >= 0) { emitCalliSpeculated(pc); break; }
                    if (op == Op.CALLV && inlineSite(pc) >= 0) { emitCallvSpeculated(pc); break; }
                    emitSlow(pc, op);
                    break;
                }
            }
        }

        /** Memory load: [mem, addr] on the stack -> the register value (long). */
        void loadValue(int op) {
            switch (op) {
                case Op.LD8S: memCall("getByte", "(J)B"); mv.visitInsn(I2L); break;
                case Op.LD8U: memCall("getByte", "(J)B"); iconst(0xFF); mv.visitInsn(IAND); mv.visitInsn(I2L); break;
                case Op.LD16S: memCall("getShort", "(J)S"); mv.visitInsn(I2L); break;
                case Op.LD16U: memCall("getShort", "(J)S"); mv.visitLdcInsn(0xFFFF); mv.visitInsn(IAND); mv.visitInsn(I2L); break;
                case Op.LD32S: memCall("getInt", "(J)I"); mv.visitInsn(I2L); break;
                case Op.LD32U: memCall("getInt", "(J)I"); mv.visitInsn(I2L); lconst(0xFFFFFFFFL); mv.visitInsn(LAND); break;
                case Op.LD64: memCall("getLong", "(J)J"); break;
                case Op.LDF32:
                    memCall("getInt", "(J)I");
                    mv.visitMethodInsn(INVOKESTATIC, "java/lang/Float", "intBitsToFloat", "(I)F", false);
                    mv.visitInsn(F2D);
                    mv.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "doubleToRawLongBits", "(D)J", false);
                    break;
                default: throw new IllegalStateException();
            }
        }

        /** Memory store: [mem, addr] on the stack; stores register v with width (1,2,4,8; -4 = float32). */
        void storeValue(int width, int v) {
            switch (width) {
                case 1: load(v); mv.visitInsn(L2I); mv.visitInsn(I2B); memCall("putByte", "(JB)V"); break;
                case 2: load(v); mv.visitInsn(L2I); mv.visitInsn(I2S); memCall("putShort", "(JS)V"); break;
                case 4: load(v); mv.visitInsn(L2I); memCall("putInt", "(JI)V"); break;
                case 8: load(v); memCall("putLong", "(JJ)V"); break;
                default:
                    loadD(v); mv.visitInsn(D2F);
                    mv.visitMethodInsn(INVOKESTATIC, "java/lang/Float", "floatToRawIntBits", "(F)I", false);
                    memCall("putInt", "(JI)V");
                    break;
            }
        }

        /** CALL fid off: natives run in place; Go callees get a frame and the driver runs them. */
        void emitCall(int pc, int fid, int off) {
            FuncProto callee = vm.funcs[fid];
            spillAll();
            beginCall();
            savePc(pc + 3);
            if (callee.nativeIndex >= 0) { // natives run synchronously: continue at pc + 3 through the refill block
                mv.visitVarInsn(ALOAD, L_VM); mv.visitVarInsn(ALOAD, L_G); iconst(callee.nativeIndex);
                mv.visitVarInsn(ILOAD, L_BP); iconst(off); mv.visitInsn(IADD);
                mv.visitMethodInsn(INVOKEVIRTUAL, VM, "callNative", "(L" + G + ";II)V", false);
                mv.visitJumpInsn(GOTO, refill);
                return;
            }
            mv.visitVarInsn(ALOAD, L_VM); mv.visitVarInsn(ALOAD, L_G);
            mv.visitVarInsn(ALOAD, L_VM); mv.visitFieldInsn(GETFIELD, VM, "funcs", "[L" + FUNCPROTO + ";");
            iconst(fid); mv.visitInsn(AALOAD);
            mv.visitVarInsn(ILOAD, L_BP); iconst(off); mv.visitInsn(IADD);
            mv.visitInsn(LCONST_0); mv.visitInsn(ICONST_0);
            mv.visitMethodInsn(INVOKEVIRTUAL, VM, "pushFrame", "(L" + G + ";L" + FUNCPROTO + ";IJI)V", false);
            if (callee == f) mv.visitJumpInsn(GOTO, resume); // a call of itself runs here too
            else { mv.visitInsn(ICONST_0); mv.visitInsn(IRETURN); }
        }
    }
}
