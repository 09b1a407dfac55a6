/**
 * The Java bodies of body-less functions in glassgo's Go-source standard library
 * ({@code compiler/src/main/resources/glassgo/std}). Each native is registered under
 * {@code "pkg.name"}, reads its arguments from the callee's registers (Go's register layout of
 * each type) and writes its results back at the frame base. Natives never hold Go pointers
 * across a call back into Go.
 */
package glassgo.vm.lib.natives;
