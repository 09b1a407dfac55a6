package main // skip: glassgo does not pass this yet: type checker messages differ from go build

func main() {
	for {
		break nowhere // ERROR "break label not defined: nowhere"
	}
	goto missing // ERROR "label missing not defined"
}
