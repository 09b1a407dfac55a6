/**
 * The {@code glassgo} command line (run, build, version, help, sizeclasses), shaped like the
 * {@code go} command: program output on stdout, diagnostics and runtime narration on stderr,
 * Go's exit statuses.
 */
package glassgo.vm.cli;
