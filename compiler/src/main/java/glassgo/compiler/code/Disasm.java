package glassgo.compiler.code;

import java.io.PrintStream;

/**
 * The bytecode disassembler behind {@code glassgo run -d=code} / {@code glassgo build -d=code}:
 * one line per instruction — pc, source line, mnemonic, operands — with jump targets resolved to
 * absolute pcs and call targets, constants, string literals and type operands named.
 */
public final class Disasm {
    private Disasm() {}

    /** Prints every function of {@code p} that has code (std functions only when {@code all}). */
    public static void print(Program p, PrintStream out, boolean all) {
        for (FuncProto f : p.funcs) {
            if (f.code == null || f.nativeIndex >= 0) continue;
            if (!all && !f.name.startsWith("main.")) continue;
            print(p, f, out);
        }
    }

    public static void print(Program p, FuncProto f, PrintStream out) {
        out.printf("%s %s:%d params=%d results=%d regs=%d framemem=%d%n",
                f.name, f.file, f.line, f.paramWords, f.resultWords, f.frameSize, f.frameMem);
        int[] code = f.code;
        for (int pc = 0; pc < code.length; ) {
            int op = code[pc];
            if (op < 0 || op >= Op.COUNT || Op.NAME[op] == null) {
                out.printf("  %5d  L%-4d ?%d%n", pc, line(f, pc), op);
                pc++;
                continue;
            }
            int n = Op.LEN[op];
            StringBuilder sb = new StringBuilder();
            sb.append(String.format("  %5d  L%-4d %-11s", pc, line(f, pc), Op.NAME[op]));
            for (int i = 1; i <= n && pc + i < code.length; i++) sb.append(i == 1 ? " " : ", ").append(code[pc + i]);
            String note = note(p, f, pc, op);
            if (!note.isEmpty()) sb.append("   ; ").append(note);
            out.println(sb);
            pc += 1 + n;
        }
        out.println();
    }

    private static int line(FuncProto f, int pc) { return f.lines != null && pc < f.lines.length ? f.lines[pc] : 0; }

    private static String note(Program p, FuncProto f, int pc, int op) {
        int[] c = f.code;
        switch (op) {
            case Op.JMP: case Op.JT: case Op.JF: case Op.JLT: case Op.JGE: case Op.JEQ: case Op.JNE:
            case Op.JLTI: case Op.JGEI: case Op.JEQI: case Op.JNEI: case Op.JLTU: case Op.JGEU: case Op.INCLT: case Op.INCLTI:
                return "-> " + (pc + c[pc + Op.LEN[op]]);
            case Op.CALL: case Op.FUNCVAL: {
                int k = c[pc + (op == Op.CALL ? 1 : 2)];
                return k >= 0 && k < p.funcs.size() ? p.funcs.get(k).name : "";
            }
            case Op.CLOSURE: {
                int k = c[pc + 2];
                return k >= 0 && k < p.funcs.size() ? p.funcs.get(k).name : "";
            }
            case Op.CALLI: {
                int k = c[pc + 2];
                return k >= 0 && k < p.methodNames.size() ? "method " + p.methodNames.get(k) : "";
            }
            case Op.NATIVE: {
                int k = c[pc + 1];
                return k >= 0 && k < p.natives.size() ? p.natives.get(k) : "";
            }
            case Op.LDK: {
                int k = c[pc + 2];
                if (f.consts == null || k < 0 || k >= f.consts.length) return "";
                long v = f.consts[k];
                return v + " (float " + Double.longBitsToDouble(v) + ")";
            }
            case Op.SLIT: {
                int k = c[pc + 2];
                if (k < 0 || k >= p.strings.size()) return "";
                String s = new String(p.strings.get(k), java.nio.charset.StandardCharsets.UTF_8);
                if (s.length() > 40) s = s.substring(0, 40) + "...";
                return '"' + s.replace("\\", "\\\\").replace("\n", "\\n").replace("\"", "\\\"") + '"';
            }
            default: {
                int t = typeOperand(op);
                if (t > 0) {
                    int k = c[pc + t];
                    return k >= 0 && k < p.types.size() ? "type " + p.types.get(k).name : "";
                }
                return "";
            }
        }
    }

    /** Operand position (1-based) of a type index T[k], or 0. */
    private static int typeOperand(int op) {
        switch (op) {
            case Op.NEW: case Op.TADDR: case Op.MKMAP: return 2;
            case Op.MOVE: case Op.MKIFACE: case Op.ASSERT: case Op.ASSERTI: case Op.MAPGET: case Op.MAPSET:
            case Op.MAPITER: case Op.TYPEIS: case Op.CLOSURE: return 3;
            case Op.MAPDEL: return 2;
            case Op.MEMEQ: case Op.MKSLICE: case Op.GROW: return 4;
            default: return 0;
        }
    }
}
