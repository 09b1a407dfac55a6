/**
 * glassgo's model of Go 1.19's runtime: address space ({@code mem}), type descriptors and
 * key algorithms ({@code types}), the allocator ({@code heap}), and debug switches
 * ({@code debug}).
 *
 * <p>Error convention (Go's HACKING.md): a Go-level error that user code may recover from is a
 * {@link glassgo.runtime.RuntimeErrorException} (becomes {@code panic: runtime error: ...});
 * an access to unmapped memory is a {@link glassgo.runtime.mem.MemoryFault} (becomes the
 * nil-dereference panic); a broken runtime invariant is {@link glassgo.runtime.debug.Throw}
 * ({@code fatal error: ...}, never recoverable).
 *
 * <p>This module depends on nothing else of glassgo; the compiler and the VM depend on it.
 */
package glassgo.runtime;
