// Package runtime: the parts of Go's runtime package visible to programs.
// Runtime error values are the Go types below; the VM constructs them (errorString for
// "runtime error: ..." panics, plainError for messages without the prefix, and
// *TypeAssertionError for failed type assertions).
//
// natives: GC(), Gosched(), NumGoroutine() int, GOMAXPROCS(n int) int, NumCPU() int, KeepAlive(x any)
package runtime

// The platform glassgo models (go1.19.8 linux/amd64).
const (
	GOOS     = "linux"
	GOARCH   = "amd64"
	Compiler = "gc"
)

// Version returns the Go version glassgo models.
func Version() string { return "go1.19.8" }

// Error identifies a run time error (Go's runtime.Error).
type Error interface {
	error
	RuntimeError()
}

type errorString string

func (e errorString) RuntimeError() {}
func (e errorString) Error() string { return "runtime error: " + string(e) }

type plainError string

func (e plainError) RuntimeError() {}
func (e plainError) Error() string { return string(e) }

// TypeAssertionError explains a failed type assertion.
type TypeAssertionError struct {
	msg string
}

func (*TypeAssertionError) RuntimeError() {}
func (e *TypeAssertionError) Error() string { return e.msg }

func GC()
func Gosched()
func NumGoroutine() int
func GOMAXPROCS(n int) int
func NumCPU() int
func KeepAlive(x any)
