package parser

import (
	"os"
	"testing"

	"github.com/asl-lang/asl/lexer"
)

func benchSource(b *testing.B) string {
	src, err := os.ReadFile("../bench/parse5000.asl")
	if err != nil {
		b.Fatal(err)
	}
	return string(src)
}

// BenchmarkParseFile5000 lexes and parses a 5,000-line file into an ast.
func BenchmarkParseFile5000(b *testing.B) {
	src := benchSource(b)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := ParseFile("parse5000.asl", src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTokenize5000 measures the lexer alone on the same file.
func BenchmarkTokenize5000(b *testing.B) {
	src := benchSource(b)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := lexer.Tokenize("parse5000.asl", src); err != nil {
			b.Fatal(err)
		}
	}
}
