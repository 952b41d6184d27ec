package sys

import (
	goio "io"

	"github.com/asl-lang/asl/stdlib/io"
	"github.com/asl-lang/asl/vm"
)

// installStreams sets sys.stdin, sys.stdout and sys.stderr (and their
// __stdin__… twins) to io's TextIOWrapper objects, and makes print, input
// and tracebacks follow an assignment to sys.stdout or sys.stderr, as
// CPython's do.
func installStreams(t *vm.Thread, d *vm.Dict) {
	out, errw := unwrap(t.Stdout), unwrap(t.Stderr)
	streams, err := makeStreams(t, out, errw)
	if err != nil {
		d.SetStr("stdout", vm.StreamValue(1))
		d.SetStr("stderr", vm.StreamValue(2))
		return
	}
	for i, name := range []string{"stdin", "stdout", "stderr"} {
		d.SetStr(name, streams[i])
		d.SetStr("__"+name+"__", streams[i])
	}
	t.Stdout = &redirect{t: t, name: "stdout", real: out, orig: streams[1]}
	t.Stderr = &redirect{t: t, name: "stderr", real: errw, orig: streams[2]}
}

// makeStreams makes the three standard streams through io._stdstream.
func makeStreams(t *vm.Thread, out, errw goio.Writer) ([]vm.Value, error) {
	m, err := t.Import("io")
	if err != nil {
		return nil, err
	}
	mk, err := t.GetAttr(m, "_stdstream")
	if err != nil {
		return nil, err
	}
	args := [][3]vm.Value{
		{io.StdStream(0, nil), vm.NewStr("<stdin>"), vm.NewStr("r")},
		{io.StdStream(1, out), vm.NewStr("<stdout>"), vm.NewStr("w")},
		{io.StdStream(2, errw), vm.NewStr("<stderr>"), vm.NewStr("w")},
	}
	streams := make([]vm.Value, 3)
	for i, a := range args {
		if streams[i], err = t.Call(mk, a[:], nil); err != nil {
			return nil, err
		}
	}
	return streams, nil
}

// unwrap is the writer under a redirect (sys imported again).
func unwrap(w goio.Writer) goio.Writer {
	if r, ok := w.(*redirect); ok {
		return r.real
	}
	return w
}

// redirect is the thread's Stdout or Stderr once sys is imported: it
// writes to the real stream while sys.stdout (or sys.stderr) is the
// original object, and calls the write method of whatever replaced it.
type redirect struct {
	t    *vm.Thread
	name string
	real goio.Writer
	orig vm.Value
}

// current is the object now in sys.stdout (or sys.stderr); ok is false
// while it is the original one.
func (r *redirect) current() (vm.Value, bool) {
	m, found := r.t.Modules().GetStr("sys")
	if !found || m.Kind() != vm.KModule {
		return vm.Value{}, false
	}
	cur, err := r.t.GetAttr(m, r.name)
	if err != nil || vm.Is(cur, r.orig) || cur.Kind() == vm.KNone {
		return vm.Value{}, false
	}
	return cur, true
}

// Write writes p to sys.stdout (or sys.stderr).
func (r *redirect) Write(p []byte) (int, error) {
	cur, ok := r.current()
	if !ok {
		return r.real.Write(p)
	}
	w, err := r.t.GetAttr(cur, "write")
	if err != nil {
		return 0, err
	}
	if _, err := r.t.Call(w, []vm.Value{vm.NewStr(string(p))}, nil); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Flush flushes sys.stdout (or sys.stderr).
func (r *redirect) Flush() error {
	cur, ok := r.current()
	if !ok {
		if f, ok := r.real.(interface{ Flush() error }); ok {
			return f.Flush()
		}
		return nil
	}
	f, err := r.t.GetAttr(cur, "flush")
	if err != nil {
		return nil
	}
	_, err = r.t.Call(f, nil, nil)
	return err
}
