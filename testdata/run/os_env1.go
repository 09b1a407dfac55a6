package main
import (
	"fmt"
	"os"
)

func main() {
	m := map[string]string{"A": "1", "long_name": "x", "*": "star"}
	f := func(k string) string { return "<" + m[k] + ">" }
	for _, s := range []string{"$A${A}", "${long_name}!", "$", "$$", "${", "${}", "a$*b", "$1x", "${A", "$-", "${A}}", "x$"} {
		fmt.Printf("%q ", os.Expand(s, f))
	}
	fmt.Println()
	fmt.Println(os.ExpandEnv("[$GLASSGO_NOPE_X]"), os.PathSeparator, os.PathListSeparator, os.DevNull, os.IsPathSeparator('/'), os.O_CREATE|os.O_WRONLY, os.ModeDir|os.ModePerm, os.SEEK_END)
}
