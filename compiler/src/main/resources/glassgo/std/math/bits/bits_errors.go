// Go links these two to the runtime's error values (bits_errors.go); glassgo takes the
// runtime's divide error from a real division by zero, and spells the overflow error the way
// the runtime prints it (glassgo's runtime has no integer-overflow error of its own).

package bits

var divideError = func() (err error) {
	defer func() { err = recover().(error) }()
	var zero uint
	_ = 1 / zero
	return nil
}()

var overflowError error = overflow{}

type overflow struct{}

func (overflow) RuntimeError()   {}
func (overflow) Error() string { return "runtime error: integer overflow" }
