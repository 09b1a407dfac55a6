/**
 * fmt's printing engine, in Java, reading Go values from flat memory by their runtime type
 * descriptors: verbs and flags as Go's fmt/print.go and format.go, Stringer/error/Formatter
 * dispatch through the VM's re-entry path, catching panics in those methods as Go does
 * ({@code %!v(PANIC=String method: ...)}), and map keys sorted by internal/fmtsort's rules.
 */
package glassgo.vm.lib.fmt;
