/**
 * Debug switches and internal failure.
 *
 * <p>{@link glassgo.runtime.debug.Debug} parses {@code GODEBUG} (Go's names and defaults, from one
 * table as in runtime1.go) and {@code GLASSDEBUG} (glassgo's narration switches). The environment
 * strings are passed in, so tests inject them; narration is printed to an injectable stream,
 * stderr by default, never stdout (stdout belongs to the Go program).
 *
 * <p>{@link glassgo.runtime.debug.Throw} is Go's {@code throw}: a runtime invariant broke. It is
 * kept apart from Go-level panics ({@link glassgo.runtime.RuntimeErrorException}), which user code
 * may recover.
 */
package glassgo.runtime.debug;
