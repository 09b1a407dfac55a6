package glassgo.compiler.code;

/**
 * The glassgo instruction set: a register machine in the style of Lua's lopcodes.h.
 *
 * <p>An instruction is an opcode word in {@code int[] code} followed by a fixed number of operand
 * words ({@link #LEN}). Operand notation below: {@code a b c} are registers relative to the
 * frame base (each register one 64-bit word); {@code k} an immediate int; {@code K[k]} the
 * function's long constant {@code k}; {@code T[k]} the program's runtime type {@code k};
 * {@code F[k]} the program's function {@code k}; {@code N[k]} native {@code k}; {@code off} a
 * signed pc-relative jump (relative to the start of the jump instruction). {@code M[x]} is flat
 * memory at address {@code x}. Multi-word values (string = ptr,len; slice = ptr,len,cap;
 * interface = type,data; complex = re,im) occupy consecutive registers starting at the named one.
 * Struct and array values always live in flat memory; registers hold their address.
 * Ops marked (*) can panic; ops marked (s) are safepoints.
 */
public final class Op {
    private Op() {}

    // ---- moves and constants
    /** a b: R[a] = R[b]. */                                   public static final int MOV = 0;
    /** a b: R[a..a+1] = R[b..b+1]. */                         public static final int MOV2 = 1;
    /** a b: R[a..a+2] = R[b..b+2]. */                         public static final int MOV3 = 2;
    /** a k: R[a] = k (sign-extended). */                      public static final int LDI = 3;
    /** a k: R[a] = K[k]. */                                   public static final int LDK = 4;
    /** a k: R[a..a+k) = 0. */                                 public static final int ZERO = 5;
    /** a b k: R[a..a+k) = R[b..b+k). */                       public static final int MOVN = 6;

    // ---- integer arithmetic on 64-bit words (sub-word results are re-normalised with EXT)
    /** a b c: R[a] = R[b] + R[c]. */                          public static final int ADD = 10;
    /** a b c: R[a] = R[b] - R[c]. */                          public static final int SUB = 11;
    /** a b c: R[a] = R[b] * R[c]. */                          public static final int MUL = 12;
    /** a b c: R[a] = R[b] / R[c], signed (*: divide by zero). */ public static final int DIV = 13;
    /** a b c: R[a] = R[b] % R[c], signed (*). */              public static final int REM = 14;
    /** a b c: R[a] = R[b] / R[c], unsigned (*). */            public static final int DIVU = 15;
    /** a b c: R[a] = R[b] % R[c], unsigned (*). */            public static final int REMU = 16;
    /** a b c: R[a] = R[b] &amp; R[c]. */                      public static final int AND = 17;
    /** a b c: R[a] = R[b] | R[c]. */                          public static final int OR = 18;
    /** a b c: R[a] = R[b] ^ R[c]. */                          public static final int XOR = 19;
    /** a b c: R[a] = R[b] &amp;^ R[c]. */                     public static final int ANDNOT = 20;
    /** a b c: R[a] = R[b] &lt;&lt; R[c] (count unsigned; &gt;= 64 gives 0). */ public static final int SHL = 21;
    /** a b c: R[a] = R[b] &gt;&gt; R[c] arithmetic (count &gt;= 64 gives sign). */ public static final int SHR = 22;
    /** a b c: R[a] = R[b] &gt;&gt;&gt; R[c] logical (count &gt;= 64 gives 0). */ public static final int SHRU = 23;
    /** a b: R[a] = -R[b]. */                                  public static final int NEG = 24;
    /** a b: R[a] = ^R[b]. */                                  public static final int COM = 25;
    /** a b k: R[a] = R[b] + k. */                             public static final int ADDI = 26;
    /** a b k: R[a] = sign/zero-extension of the low bits of R[b]; k: 1=8S 2=8U 3=16S 4=16U 5=32S 6=32U. */ public static final int EXT = 27;
    /** a (*): panic "negative shift amount" if R[a] &lt; 0. */ public static final int SHIFTCHK = 28;
    /** a b k: R[a] = R[b] * k. */                             public static final int MULI = 29;

    // ---- comparisons (result 0/1)
    /** a b c: R[a] = R[b] == R[c]. */                         public static final int EQ = 30;
    /** a b c: R[a] = R[b] != R[c]. */                         public static final int NE = 31;
    /** a b c: R[a] = R[b] &lt; R[c] signed. */                public static final int LT = 32;
    /** a b c: R[a] = R[b] &lt;= R[c] signed. */               public static final int LE = 33;
    /** a b c: R[a] = R[b] &lt; R[c] unsigned. */              public static final int LTU = 34;
    /** a b c: R[a] = R[b] &lt;= R[c] unsigned. */             public static final int LEU = 35;
    /** a b: R[a] = R[b] ^ 1 (boolean not). */                 public static final int NOT = 36;

    // ---- float64 arithmetic on raw IEEE bits (float32 values are held widened; F32 re-rounds)
    /** a b c: R[a] = R[b] + R[c]. */                          public static final int FADD = 40;
    /** a b c: R[a] = R[b] - R[c]. */                          public static final int FSUB = 41;
    /** a b c: R[a] = R[b] * R[c]. */                          public static final int FMUL = 42;
    /** a b c: R[a] = R[b] / R[c]. */                          public static final int FDIV = 43;
    /** a b: R[a] = -R[b]. */                                  public static final int FNEG = 44;
    /** a b c: R[a] = R[b] == R[c]. */                         public static final int FEQ = 45;
    /** a b c: R[a] = R[b] != R[c]. */                         public static final int FNE = 46;
    /** a b c: R[a] = R[b] &lt; R[c]. */                       public static final int FLT = 47;
    /** a b c: R[a] = R[b] &lt;= R[c]. */                      public static final int FLE = 48;
    /** a b: R[a] = (double)(float)R[b] (round to float32). */ public static final int F32 = 49;
    /** a b: R[a] = (double) signed R[b]. */                   public static final int I2F = 50;
    /** a b: R[a] = (double) unsigned R[b]. */                 public static final int U2F = 51;
    /** a b: R[a] = (int64) R[b] (truncate; Go amd64 semantics out of range). */ public static final int F2I = 52;
    /** a b: R[a] = (uint64) R[b]. */                          public static final int F2U = 53;
    /** a b: R[a] = sqrt(R[b]) (math.Sqrt, an intrinsic as in Go). */ public static final int FSQRT = 55;
    /** a b k: complex ops: k=0 mul,1 div (R[a..a+1] = R[b..b+1] op R[k..])— see Interp. */ public static final int CPLX = 54;

    // ---- control
    /** off (s if backwards): pc += off. */                   public static final int JMP = 60;
    /** a off: if R[a] != 0 pc += off. */                     public static final int JT = 61;
    /** a off: if R[a] == 0 pc += off. */                     public static final int JF = 62;
    /** a b off: if R[a] &lt; R[b] (signed) pc += off (s). */ public static final int JLT = 63;
    /** a b off: if R[a] &gt;= R[b] (signed) pc += off. */    public static final int JGE = 64;
    /** a b off: if R[a] == R[b] pc += off. */                public static final int JEQ = 65;
    /** a b off: if R[a] != R[b] pc += off. */                public static final int JNE = 66;
    /** a k off: if R[a] &lt; k pc += off. */                 public static final int JLTI = 67;
    /** a k off: if R[a] &gt;= k pc += off. */                public static final int JGEI = 68;
    /** a k off: if R[a] == k pc += off. */                   public static final int JEQI = 82;
    /** a k off: if R[a] != k pc += off. */                   public static final int JNEI = 83;
    /** a b off: if R[a] &lt; R[b] (unsigned) pc += off. */  public static final int JLTU = 84;
    /** a b off: if R[a] &gt;= R[b] (unsigned) pc += off. */ public static final int JGEU = 85;
    /** a k b off: R[a] += k; if R[a] &lt; R[b] (signed) pc += off (s) — a loop's increment and test. */ public static final int INCLT = 86;
    /** a k n off: R[a] += k; if R[a] &lt; n (signed) pc += off (s) — a loop's increment and test against a constant. */ public static final int INCLTI = 87;

    // ---- calls
    /** k b (s): call F[k] with its frame starting at register b (args in R[b..], results returned there). */ public static final int CALL = 70;
    /** a b (s*): call the func value R[a] (closure pointer; nil panics) with frame at b. */ public static final int CALLV = 71;
    /** a k b (s*): call method k (global method id) of the interface R[a..a+1]; receiver data word passed in R[b]. */ public static final int CALLI = 72;
    /** k b (*): call native N[k] with arguments at R[b..]; results written at R[b..]. */ public static final int NATIVE = 73;
    /** return: results are in R[0..nresults words). */   public static final int RET = 74;
    /** a k: R[a] = M[closure context + k] (load a captured word). */ public static final int CTX = 75;
    /** a k t: R[a] = new closure object of type T[t] for F[k], captured words from R[a+1..]. */ public static final int CLOSURE = 76;
    /** a k: R[a] = address of the static funcval of F[k]. */ public static final int FUNCVAL = 77;
    /** a b k: defer the call of func value R[a] with argument words R[b..b+(k &amp; DEFER_WORDS)); k &amp; DEFER_HEAP: heap _defer record (a defer in a loop). */ public static final int DEFER = 78;
    /** DEFER operand k: mask of the argument word count, and the flag for a heap-allocated record. */
    public static final int DEFER_WORDS = 0xFFFF, DEFER_HEAP = 1 << 16;
    /** a (*): panic with the interface value R[a..a+1]. */ public static final int PANIC = 79;
    /** a: R[a..a+1] = recover(). */                          public static final int RECOVER = 80;
    /** k a (*): panic with runtime error number k (operand register a, meaning per error). */ public static final int RTERR = 81;

    // ---- memory (b holds an address; nil/unmapped faults become nil-dereference panics)
    /** a b k (*): R[a] = int8 M[R[b]+k] sign-extended. */     public static final int LD8S = 90;
    /** a b k (*): R[a] = uint8 M[R[b]+k]. */                  public static final int LD8U = 91;
    /** a b k (*): R[a] = int16. */                            public static final int LD16S = 92;
    /** a b k (*): R[a] = uint16. */                           public static final int LD16U = 93;
    /** a b k (*): R[a] = int32. */                            public static final int LD32S = 94;
    /** a b k (*): R[a] = uint32. */                           public static final int LD32U = 95;
    /** a b k (*): R[a] = int64. */                            public static final int LD64 = 96;
    /** a b k (*): R[a] = widened float32 bits. */             public static final int LDF32 = 97;
    /** b k a (*): M[R[b]+k] = low byte of R[a]. */             public static final int ST8 = 98;
    /** b k a (*): 16-bit store. */                            public static final int ST16 = 99;
    /** b k a (*): 32-bit store. */                            public static final int ST32 = 100;
    /** b k a (*): 64-bit store (non-pointer data). */          public static final int ST64 = 101;
    /** b k a (*): float32 store of widened R[a]. */           public static final int STF32 = 102;
    /** b k a (*): pointer store through the write-barrier entry. */ public static final int STP = 103;
    /** a b k (*): typedmemmove(T[k], R[a], R[b]) (bulk barrier for pointerful types). */ public static final int MOVE = 104;
    /** a k (*): memclr R[a], k bytes. */                       public static final int CLR = 105;
    /** a b k: R[a] = R[b] + k (address arithmetic, no check). */ public static final int LEA = 106;
    /** a s i (*): R[a] = uint8 M[R[s] + R[i]], i bounds-checked against len R[s+1] (s: slice or string). */ public static final int LDX8U = 111;
    /** a s i (*): R[a] = int64 M[R[s] + R[i]*8], i bounds-checked against len R[s+1]. */ public static final int LDX64 = 112;
    /** s i v (*): M[R[s] + R[i]] = low byte of R[v], i bounds-checked against len R[s+1]. */ public static final int STX8 = 113;
    /** s i v (*): M[R[s] + R[i]*8] = R[v] (non-pointer), i bounds-checked against len R[s+1]. */ public static final int STX64 = 114;
    /** a (*): nil check: panic if R[a] is nil. */             public static final int NILCHK = 107;
    /** a k: R[a] = address of frame memory slot at offset k. */ public static final int FRAME = 108;
    /** a k: R[a] = newobject(T[k]) (mallocgc). */              public static final int NEW = 109;
    /** a b c k (*): R[a] = memequal(R[b], R[c], T[k]) (typed equality, may panic on uncomparable interfaces). */ public static final int MEMEQ = 110;

    // ---- strings, slices
    /** a b c (*): R[a..a+1] = R[b..b+1] + R[c..c+1] (concatstrings). */ public static final int SCAT = 120;
    /** a b c: R[a] = compare(R[b..b+1], R[c..c+1]) in {-1,0,1}. */ public static final int SCMP = 121;
    /** a b c: R[a] = R[b..b+1] == R[c..c+1]. */                public static final int SEQ = 122;
    /** a b c k (*): R[a] = address of element R[c] of slice/string R[b..] (bounds checked against len R[b+1]), element size k. */ public static final int IDX = 123;
    /** a b c k n (*): R[a] = R[b] + R[c]*k, checked against constant length n (arrays). */ public static final int IDXK = 124;
    /** a b lo hi max kind k (*): slicing; see Interp.slice for operand conventions. */ public static final int SLICE = 125;
    /** a b (*): R[a] = R[b] as a bool from a comma-ok map result (reserved). */ public static final int APPEND = 126;
    /** a b c k: R[a] = copy(slice R[b..], slice/string R[c..]) with element size k. */ public static final int COPY = 127;
    /** a b c k (*): R[a..a+2] = make([]T[k], len R[b], cap R[c]). */ public static final int MKSLICE = 128;
    /** a b k (*): conversions: k=0 string->[]byte, 1 []byte->string, 2 string->[]rune, 3 []rune->string, 4 rune->string; k|8: R[a] holds a stack buffer for a non-escaping result (tmpBuf). */ public static final int SCONV = 129;
    /** a b c (*): R[a] = next rune decode of string R[b..b+1] at byte index R[c]: R[a]=rune, R[a+1]=width. */ public static final int DECRUNE = 130;
    /** a b c k (*): R[a..a+2] = slice R[b..b+2] with room for R[c] more elements of T[k] (growslice if needed; len unchanged). */ public static final int GROW = 131;

    // ---- interfaces
    /** a b k (*): R[a..a+1] = convT(T[k], value at R[b]) (boxing unless pointer-shaped). */ public static final int MKIFACE = 140;
    /** a b k c (*): type assertion of R[b..b+1] to concrete T[k]; c: 0 panic / 1 comma-ok (R[a+w] = ok). Result words at R[a]. */ public static final int ASSERT = 141;
    /** a b k c (*): assertion to interface type T[k]; c as ASSERT. */ public static final int ASSERTI = 142;
    /** a b c (*): R[a] = interface equality R[b..b+1] == R[c..c+1]. */ public static final int IEQ = 143;
    /** a b: R[a..a+1] = R[b..b+1] as a different interface type (no-op copy; for itab-free layout). */ public static final int ICONV = 144;

    // ---- maps (runtime.maps.HMap)
    /** a k b: R[a] = makemap(T[k], hint R[b]). */             public static final int MKMAP = 150;
    /** a m k kaddr (*): R[a] = address of elem for key at address R[kaddr] in map R[m] of type T[k] (zero value if absent); R[a+1] = found. */ public static final int MAPGET = 151;
    /** a m k kaddr (*): R[a] = address of the elem slot to store into (mapassign). */ public static final int MAPSET = 152;
    /** m k kaddr (*): delete. */                                public static final int MAPDEL = 153;
    /** a m: R[a] = len(map R[m]). */                            public static final int MAPLEN = 154;
    /** it m k: mapiterinit(T[k], R[m], iterator memory at R[it]). */ public static final int MAPITER = 155;
    /** it: mapiternext(R[it]). */                               public static final int MAPNEXT = 156;

    /** s: safepoint poll (loop back-edges). */                 public static final int POLL = 160;
    /** a k: R[a] = (bit width conversion of complex etc.), reserved. */ public static final int NOP = 161;
    /** a b: R[a] = len(string/slice R[b..]) convenience (R[b+1]). */ public static final int SLEN = 162;
    /** a b c k: R[a..] = string R[b..b+1][R[c] : R[k]] (no-check substring, used internally). */ public static final int SUBSTR = 163;
    /** a b: R[a] = R[b..b+1] string hash... reserved. */      public static final int RESERVED = 164;

    /** (s) if the frame has pending defers, run the next one and re-execute this instruction when it returns; else continue. */ public static final int DEFERRETURN = 165;
    /** a b k: R[a] = (interface type word R[b] == address of T[k]). */ public static final int TYPEIS = 166;
    /** a k: R[a] = address of global variable storage + k (patched: see Program.globalsSize). */ public static final int GADDR = 167;
    /** a k: R[a..a+1] = string literal Program.strings[k] (ptr, len). */ public static final int SLIT = 168;
    /** a k: R[a] = address of the runtime type descriptor T[k]. */ public static final int TADDR = 169;

    /** a b k: R[a] = pointer of slice R[b..] converted to *[k]T; panics if len(R[b..]) < k. */ public static final int SL2AP = 170;
    /** a b n k (*): R[a..a+1] = concatenation of the n strings in R[b..b+2n) (concatstrings); k=1: R[a] holds a 32-byte stack buffer (result does not escape). */ public static final int SCATN = 171;
    /** a k: R[a] = address of the read-only static datum Program.statics[k] (a constant's interface box). */ public static final int STATIC = 172;
    /** a k b (*): R[a] = makemap(T[k], hint R[b]) for a map that does not escape: R[a] holds the zeroed stack hmap, R[a+1] a zeroed stack bucket (0: none; used if hint &lt;= 8). */ public static final int MKMAPS = 173;

    public static final int COUNT = 174;

    /** Operand count per opcode. */
    public static final int[] LEN = new int[COUNT];
    /** Mnemonic per opcode (for the disassembler). */
    public static final String[] NAME = new String[COUNT];

    private static void def(int op, String name, int nargs) { NAME[op] = name; LEN[op] = nargs; }

    static {
        def(MOV, "MOV", 2); def(MOV2, "MOV2", 2); def(MOV3, "MOV3", 2); def(LDI, "LDI", 2); def(LDK, "LDK", 2); def(ZERO, "ZERO", 2); def(MOVN, "MOVN", 3);
        def(ADD, "ADD", 3); def(SUB, "SUB", 3); def(MUL, "MUL", 3); def(DIV, "DIV", 3); def(REM, "REM", 3); def(DIVU, "DIVU", 3); def(REMU, "REMU", 3);
        def(AND, "AND", 3); def(OR, "OR", 3); def(XOR, "XOR", 3); def(ANDNOT, "ANDNOT", 3); def(SHL, "SHL", 3); def(SHR, "SHR", 3); def(SHRU, "SHRU", 3);
        def(NEG, "NEG", 2); def(COM, "COM", 2); def(ADDI, "ADDI", 3); def(EXT, "EXT", 3); def(SHIFTCHK, "SHIFTCHK", 1); def(MULI, "MULI", 3);
        def(EQ, "EQ", 3); def(NE, "NE", 3); def(LT, "LT", 3); def(LE, "LE", 3); def(LTU, "LTU", 3); def(LEU, "LEU", 3); def(NOT, "NOT", 2);
        def(FADD, "FADD", 3); def(FSUB, "FSUB", 3); def(FMUL, "FMUL", 3); def(FDIV, "FDIV", 3); def(FNEG, "FNEG", 2); def(FEQ, "FEQ", 3); def(FNE, "FNE", 3);
        def(FLT, "FLT", 3); def(FLE, "FLE", 3); def(F32, "F32", 2); def(I2F, "I2F", 2); def(U2F, "U2F", 2); def(F2I, "F2I", 2); def(F2U, "F2U", 2); def(FSQRT, "FSQRT", 2); def(CPLX, "CPLX", 4);
        def(JMP, "JMP", 1); def(JT, "JT", 2); def(JF, "JF", 2); def(JLT, "JLT", 3); def(JGE, "JGE", 3); def(JEQ, "JEQ", 3); def(JNE, "JNE", 3); def(JLTI, "JLTI", 3); def(JGEI, "JGEI", 3);
        def(JEQI, "JEQI", 3); def(JNEI, "JNEI", 3); def(JLTU, "JLTU", 3); def(JGEU, "JGEU", 3);
        def(INCLT, "INCLT", 4); def(INCLTI, "INCLTI", 4);
        def(CALL, "CALL", 2); def(CALLV, "CALLV", 2); def(CALLI, "CALLI", 3); def(NATIVE, "NATIVE", 2); def(RET, "RET", 0); def(CTX, "CTX", 2);
        def(CLOSURE, "CLOSURE", 3); def(FUNCVAL, "FUNCVAL", 2); def(DEFER, "DEFER", 3); def(PANIC, "PANIC", 1); def(RECOVER, "RECOVER", 1); def(RTERR, "RTERR", 2);
        def(LD8S, "LD8S", 3); def(LD8U, "LD8U", 3); def(LD16S, "LD16S", 3); def(LD16U, "LD16U", 3); def(LD32S, "LD32S", 3); def(LD32U, "LD32U", 3); def(LD64, "LD64", 3); def(LDF32, "LDF32", 3);
        def(ST8, "ST8", 3); def(ST16, "ST16", 3); def(ST32, "ST32", 3); def(ST64, "ST64", 3); def(STF32, "STF32", 3); def(STP, "STP", 3);
        def(MOVE, "MOVE", 3); def(CLR, "CLR", 2); def(LEA, "LEA", 3); def(NILCHK, "NILCHK", 1); def(FRAME, "FRAME", 2); def(NEW, "NEW", 2); def(MEMEQ, "MEMEQ", 4);
        def(LDX8U, "LDX8U", 3); def(LDX64, "LDX64", 3); def(STX8, "STX8", 3); def(STX64, "STX64", 3);
        def(SCAT, "SCAT", 3); def(SCMP, "SCMP", 3); def(SEQ, "SEQ", 3); def(IDX, "IDX", 4); def(IDXK, "IDXK", 5); def(SLICE, "SLICE", 7); def(APPEND, "APPEND", 4);
        def(COPY, "COPY", 4); def(MKSLICE, "MKSLICE", 4); def(SCONV, "SCONV", 3); def(DECRUNE, "DECRUNE", 3); def(GROW, "GROW", 4);
        def(MKIFACE, "MKIFACE", 3); def(ASSERT, "ASSERT", 4); def(ASSERTI, "ASSERTI", 4); def(IEQ, "IEQ", 3); def(ICONV, "ICONV", 2);
        def(MKMAP, "MKMAP", 3); def(MAPGET, "MAPGET", 4); def(MAPSET, "MAPSET", 4); def(MAPDEL, "MAPDEL", 3); def(MAPLEN, "MAPLEN", 2); def(MAPITER, "MAPITER", 3); def(MAPNEXT, "MAPNEXT", 1);
        def(POLL, "POLL", 0); def(NOP, "NOP", 0); def(SLEN, "SLEN", 2); def(SUBSTR, "SUBSTR", 4); def(RESERVED, "RESERVED", 0);
        def(DEFERRETURN, "DEFERRETURN", 0); def(TYPEIS, "TYPEIS", 3); def(GADDR, "GADDR", 2); def(SLIT, "SLIT", 2); def(TADDR, "TADDR", 2);
        def(SL2AP, "SL2AP", 3);
        def(SCATN, "SCATN", 4); def(STATIC, "STATIC", 2); def(MKMAPS, "MKMAPS", 3);
    }
}
