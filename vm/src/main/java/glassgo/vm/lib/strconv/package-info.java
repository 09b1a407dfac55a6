/**
 * Number and string conversions with Go's exact results: shortest float formatting (Ryu-style
 * as Go's ftoa), %e/%f/%g with precision, Eisel-Lemire/fallback parsing, integer parsing with
 * Go's *NumError texts, quoting with Go's escape rules and Unicode printability tables, and the
 * runtime's own print format for builtin print/println ({@code +1.500000e+000}).
 */
package glassgo.vm.lib.strconv;
