package glassgo.runtime.maps;

import glassgo.runtime.types.RType;

/**
 * The allocation context the VM passes to every map operation that may allocate (Go's per-P
 * {@code mcache}, reached through {@code getg().m.p.mcache} inside {@code mallocgc}). The heap's
 * per-P cache implements it (or is wrapped once per P), so a map operation allocates from the
 * calling goroutine's P exactly as Go's does.
 *
 * <p>{@code mallocgc(size, typ, needzero)} with Go's meaning: {@code typ} is the element type;
 * {@code size} may be a multiple of {@code typ.size} (newarray), and the result is zeroed when
 * {@code needzero}. Map code calls it as {@code newobject} ({@code size == typ.size}) and
 * {@code newarray} ({@code size == n * typ.size}) only, always with {@code needzero = true}.
 */
@FunctionalInterface
public interface MapAllocator {
    long mallocgc(long size, RType typ, boolean needzero);
}
