/**
 * The bytecode model shared by codegen (writer) and the interpreter (reader): {@link
 * glassgo.compiler.code.Op} declares every opcode with one line of semantics (Lua's lopcodes.h
 * style), {@link glassgo.compiler.code.FuncProto} one function (code, line table, register and
 * frame-memory sizes, pointer bitmaps), {@link glassgo.compiler.code.Program} the whole program
 * (functions, runtime type descriptors, method tables, string literals, globals layout).
 *
 * <p>Invariants: an instruction is {@code code[pc]} followed by exactly {@code Op.LEN[op]}
 * operands; register operands are offsets from the frame base; {@code FuncProto.ptrRegs} marks
 * every register that may hold a pointer at any safepoint and {@code memPtrs} every pointer word
 * of frame memory, so a GC or a stack copy can find all pointers of a frame precisely. This
 * package depends on nothing but the JDK: it is the one format both sides agree on.
 */
package glassgo.compiler.code;
