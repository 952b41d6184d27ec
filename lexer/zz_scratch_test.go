package lexer

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"testing"
)

func TestZZScratch(t *testing.T) {
	f, err := os.Open("/tmp/probe/in.txt")
	if err != nil {
		t.Skip()
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		src, err := strconv.Unquote(sc.Text())
		if err != nil {
			fmt.Println("BADQUOTE", sc.Text())
			continue
		}
		toks, err := Tokenize("f", src)
		fmt.Printf("%q => ", src)
		if err != nil {
			e := err.(*Error)
			fmt.Printf("%s %q %d %d %d %d %q\n%s", e.Kind, e.Msg, e.Line, e.Offset, e.EndLine, e.EndOffset, e.Text, e.Format())
			continue
		}
		for _, tk := range toks {
			fmt.Printf("%d:%q@%d:%d/%d ", tk.Type, tk.Value, tk.Pos.Line, tk.Pos.Column, tk.Pos.Offset)
		}
		fmt.Println()
	}
}
