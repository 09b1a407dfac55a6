/**
 * Generators kept in the repository the way Go keeps {@code mksizeclasses.go}: {@link
 * glassgo.runtime.heap.gen.MkSizeClasses} recomputes Go 1.19's size-class table from Go's
 * algorithm (waste limits, page counts, divide magic) so that the checked-in table can be
 * regenerated and diffed, never hand-edited.
 */
package glassgo.runtime.heap.gen;
