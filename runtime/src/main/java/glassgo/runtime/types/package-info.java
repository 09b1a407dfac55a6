/**
 * Runtime type descriptors: layout, pointer maps, identity, hashing and equality.
 *
 * <p>{@link glassgo.runtime.types.RType} is Go's {@code _type}: the compiler builds every type
 * through its factories, so sizes, alignments, field offsets and pointer bitmaps have exactly one
 * implementation, shared by {@code unsafe.Sizeof}, the allocator and the GC.
 *
 * <h2>Invariants</h2>
 * <ul>
 * <li>Layout is Go's on amd64: size is a multiple of align; a struct's fields are in declaration
 *     order, each at a multiple of its alignment; a non-empty struct ending in a zero-size field is
 *     padded by one byte before rounding (so {@code &s.last} never points past the object).</li>
 * <li>{@code ptrdata} is the length of the prefix that may hold pointers; 0 means noscan and the
 *     object goes into a noscan span. {@code gcmask} bit i covers word i of that prefix.</li>
 * <li>An interface value is two words: the dynamic type's descriptor address (0 for nil) and a
 *     data word. Pointer-shaped types ({@code isDirectIface}) sit in the data word; every other
 *     value is boxed and the data word points at the copy. Non-empty interfaces use the same
 *     (type, data) layout for now: there are no itabs yet, so the first word of a non-empty
 *     interface is also a type descriptor address, not an {@code *itab}. Method dispatch through
 *     an interface therefore needs a (type, method) lookup in the VM; when itabs are introduced
 *     only the non-empty-interface paths change.</li>
 * <li>Descriptors live in rodata ({@link glassgo.runtime.types.TypeRegistry}), and the registry
 *     maps an address back to its RType in O(1) via the index stored in the descriptor.</li>
 * <li>{@link glassgo.runtime.types.Alg} is Go's alg.go: IEEE float equality (NaN != NaN, +0 == -0),
 *     random NaN hashes, interfaces compared by dynamic type then value, and the run-time errors
 *     {@code hash of unhashable type T} / {@code comparing uncomparable type T}.</li>
 * </ul>
 */
package glassgo.runtime.types;
