package main

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/asl-lang/asl/vm"
)

// keywords are Python 3.11's keywords, for completion.
var keywords = []string{"False", "None", "True", "and", "as", "assert", "async", "await",
	"break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
	"from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass",
	"raise", "return", "try", "while", "with", "yield"}

// completer completes the word before the cursor at Tab: a keyword, a
// built-in or a global; an attribute after a dot (asyncio.ga → gather);
// a module name after import or from. The names are looked up on the
// loop's goroutine, where asl values may be touched.
type completer struct{ r *repl }

// Do is readline's AutoCompleter: the endings of the candidates for the
// word of length n before pos.
func (c completer) Do(line []rune, pos int) ([][]rune, int) {
	start := pos
	for start > 0 && (isIdent(line[start-1]) || line[start-1] == '.') {
		start--
	}
	word := string(line[start:pos])
	before := strings.TrimSpace(string(line[:start]))
	var names []string
	prefix := word
	switch {
	case before == "import" || before == "from" || strings.HasPrefix(before, "import ") && !strings.Contains(word, "."):
		names = moduleNames(c.r.t.Path)
	case strings.Contains(word, "."):
		i := strings.LastIndexByte(word, '.')
		names = c.r.onLoop(func() []string { return c.r.attrNames(word[:i]) })
		prefix = word[i+1:]
	default:
		names = c.r.onLoop(c.r.globalNames)
	}
	var out [][]rune
	seen := map[string]bool{}
	for _, n := range names {
		if !strings.HasPrefix(n, prefix) || seen[n] {
			continue
		}
		if strings.HasPrefix(n, "_") && !strings.HasPrefix(prefix, "_") {
			continue
		}
		seen[n] = true
		out = append(out, []rune(n[len(prefix):]))
	}
	return out, len([]rune(prefix))
}

func isIdent(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) }

// onLoop runs fn on the loop's goroutine and returns its result.
func (r *repl) onLoop(fn func() []string) []string {
	ch := make(chan []string, 1)
	r.loop.Post(func() error {
		ch <- fn()
		return nil
	})
	return <-ch
}

// globalNames are the keywords, built-ins and the session's globals.
func (r *repl) globalNames() []string {
	names := append([]string(nil), keywords...)
	for _, d := range []*vm.Dict{r.t.Builtins, r.globals} {
		for _, k := range d.Keys() {
			if k.Kind() == vm.KStr {
				names = append(names, k.S())
			}
		}
	}
	sort.Strings(names)
	return names
}

// attrNames is dir() of the object a dotted name of the session names, or
// nothing when it does not name one.
func (r *repl) attrNames(dotted string) []string {
	parts := strings.Split(dotted, ".")
	v, ok := r.globals.GetStr(parts[0])
	if !ok {
		if v, ok = r.t.Builtins.GetStr(parts[0]); !ok {
			return nil
		}
	}
	for _, p := range parts[1:] {
		var err error
		if v, err = r.t.GetAttr(v, p); err != nil {
			return nil
		}
	}
	dir, ok := r.t.Builtins.GetStr("dir")
	if !ok {
		return nil
	}
	l, err := r.t.Call(dir, []vm.Value{v}, nil)
	if err != nil {
		return nil
	}
	items, _ := vm.Seq(l)
	names := make([]string, 0, len(items))
	for _, it := range items {
		if it.Kind() == vm.KStr {
			names = append(names, it.S())
		}
	}
	return names
}

// moduleNames are the built-in modules and the modules and packages in
// the search path's folders.
func moduleNames(path []string) []string {
	names := vm.BuiltinModuleNames()
	for _, dir := range path {
		entries, err := os.ReadDir(dir)
		if err != nil {
			continue
		}
		for _, e := range entries {
			name := e.Name()
			switch {
			case strings.HasSuffix(name, ".asl"):
				names = append(names, strings.TrimSuffix(name, ".asl"))
			case e.IsDir():
				if _, err := os.Stat(filepath.Join(dir, name, "__init__.asl")); err == nil {
					names = append(names, name)
				}
			}
		}
	}
	sort.Strings(names)
	return names
}
