// runtime.GOOS/GOARCH/Compiler/Version, NumCPU, GOMAXPROCS and NumGoroutine.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.NumGoroutine(), runtime.GOMAXPROCS(0) == runtime.NumCPU(), runtime.GOOS, runtime.GOARCH, runtime.Compiler, runtime.Version())
	old := runtime.GOMAXPROCS(1)
	fmt.Println(old == runtime.NumCPU(), runtime.GOMAXPROCS(0))
}
