// Package errors is glassgo's errors: New, Is, As, Unwrap with Go 1.19 semantics.
//
// natives:
//   asStep(err error, target any) bool — errors.As's reflective step: panics like Go
//     ("errors: target cannot be nil", "errors: target must be a non-nil pointer",
//     "errors: *target must be interface or implement error") when target is invalid;
//     if err != nil and err's dynamic type is assignable to *target's element type,
//     stores err into *target and returns true; otherwise false. asStep(nil, target)
//     only validates.
//
// Left out: Is does not check that target's dynamic type is comparable (Go skips the
// == test for incomparable targets; here == on such a target panics as in user code).
package errors

// New returns an error whose Error method returns text. Each call yields a distinct error.
func New(text string) error {
	return &errorString{text}
}

type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// Unwrap returns the result of err's Unwrap method, or nil.
func Unwrap(err error) error {
	u, ok := err.(interface {
		Unwrap() error
	})
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether any error in err's chain matches target.
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	for {
		if err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		if err = Unwrap(err); err == nil {
			return false
		}
	}
}

// As finds the first error in err's chain that matches target, and if so, sets
// target to that error value and returns true.
func As(err error, target any) bool {
	asStep(nil, target) // validate target even when err is nil
	for err != nil {
		if asStep(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		err = Unwrap(err)
	}
	return false
}

func asStep(err error, target any) bool
