/**
 * glassgo's front door: {@link glassgo.vm.Glassgo} compiles a file (parse, check, escape
 * analysis, codegen) and runs it like {@code go run}. Compile errors come back as
 * {@code # command-line-arguments} plus Go-style lines with exit status 2; a fault inside glassgo
 * is reported as {@code glassgo: internal error: ...} (exit 3), never as a Java stack trace
 * ({@code GLASSDEBUG=javatrace=1} shows the Java stack to developers).
 */
package glassgo.vm;
