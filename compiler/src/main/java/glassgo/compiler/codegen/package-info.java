/**
 * Typed AST to register bytecode. {@link glassgo.compiler.codegen.Codegen} lays out globals,
 * builds method tables (including promoted methods and interface-entry wrappers) of the types the
 * program uses, and drives
 * {@link glassgo.compiler.codegen.FuncGen}, which compiles one function body.
 *
 * <p>Invariants:
 * <ul>
 * <li>Registers are 64-bit words; a value of a type occupies {@code TypeMap.words(t)}
 * consecutive registers (string 2, slice 3, interface 2, complex 2); structs and arrays live in
 * memory and their register holds the address.</li>
 * <li>A call's frame starts at the caller's current top: arguments are laid out there, results
 * come back at the same base; aggregate arguments are copied before the frame is laid out and
 * aggregate results are copied out right after the call.</li>
 * <li>Placement obeys escape analysis ({@link glassgo.compiler.escape.Escapes}): a variable or
 * allocation that does not escape lives in the goroutine's frame memory ({@code FRAME}); one that
 * escapes is allocated with {@code NEW} and friends, i.e. by the runtime's mallocgc.</li>
 * <li>Where Go avoids mallocgc, so does codegen: constants converted to interfaces are
 * read-only statics ({@code STATIC}); a non-escaping box, []byte/[]rune/string conversion (32-byte
 * tmpBuf), concatenation ({@code SCATN}, one allocation for a + b + c), closure, method value,
 * variadic slice, constant-size make, map (hmap + one bucket) is frame memory; string(b) that is
 * only looked at is not copied; loop defers allocate Go's wrapper closure. Frame-memory slots
 * record their pointer words ({@code FuncProto.memPtrs}) for stack growth.
 * {@code testdata/run/alloc_*.go} pin the resulting Mallocs counts to Go's.</li>
 * <li>Every pointer store into heap or global memory is emitted as {@code STP} (or a typed
 * memmove), the single entry the write barrier will hook.</li>
 * <li>Runtime type names are reflect's spelling ({@link glassgo.compiler.codegen.TypeMap#name}),
 * because {@code %T} and runtime panics print them.</li>
 * <li>Only what the program can reach is compiled (this is most of start-up time): a function
 * when something refers to it ({@code funcId}); the method tables of a named type (and so its
 * methods and wrappers) when a type whose structure reaches it is used, i.e. when codegen asks
 * {@code typeIndexOf} for it, which every conversion to an interface, type assertion,
 * allocation and map/copy operation does (Go's linker keeps the methods of the types reachable
 * from the descriptors a program uses, the same set). Just before a declared function is
 * compiled its body is type-checked (std packages check bodies on demand, see
 * {@code glassgo.compiler.types}) and scanned for its address-taken and captured locals.</li>
 * </ul>
 */
package glassgo.compiler.codegen;
