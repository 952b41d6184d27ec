// Package asl embeds the asl scripting language (a dialect of Python 3
// with async def and await) in Go programs.
//
// An Interp runs scripts in one namespace:
//
//	in := asl.New(asl.Stdout(os.Stdout))
//	if err := in.Exec(ctx, "rules.asl", src); err != nil { ... }
//	v, err := in.Call(ctx, "score", 3, "x")
//
// Values cross between Go and asl as Go values (nil, bool, int, int64,
// float64, string, []byte, []any, map[string]any) or as a Value handle.
// A Go function becomes an asl built-in with Func. One Interp is used by
// one goroutine at a time; separate Interps run in parallel.
package asl

import (
	"context"
	"errors"
	"io"
	"os"
	"reflect"
	"sync/atomic"

	"github.com/asl-lang/asl/compiler"
	"github.com/asl-lang/asl/parser"
	_ "github.com/asl-lang/asl/stdlib/all" // the standard library's modules
	"github.com/asl-lang/asl/vm"
)

// Interp is an asl interpreter: a namespace and the thread that runs
// scripts in it.
type Interp struct {
	t         *vm.Thread
	globals   *vm.Dict
	busy      atomic.Bool
	interrupt func()          // raises CancelledError in the running script
	ctx       context.Context // the context of the running Exec, Eval or Call
	quiet     func()          // leaveQuiet, made once
	// Exposed Go values (Expose), and the class of their asl objects.
	exposedVals []reflect.Value
	goObject    vm.Value
}

// options are what New's Options set.
type options struct {
	stdout, stderr io.Writer
	path           []string
	maxDepth       int
	budget         int64
	virtualClock   bool
	allow          vm.Capability
}

// Capability is a kind of effect outside the interpreter that a script
// needs permission for. New grants none; a script that tries one gets a
// PermissionError.
type Capability uint8

// The capabilities Allow grants.
const (
	Files     = Capability(vm.CapFiles)     // open(), os and os.path on the file system, aiofiles
	Network   = Capability(vm.CapNetwork)   // asyncio streams, aiohttp server and client
	Processes = Capability(vm.CapProcesses) // asyncio subprocesses
	Env       = Capability(vm.CapEnv)       // os.environ and os.getenv see the environment
)

// Allow grants capabilities to the interpreter's scripts.
func Allow(caps ...Capability) Option {
	return func(o *options) {
		for _, c := range caps {
			o.allow |= vm.Capability(c)
		}
	}
}

// Option configures an Interp.
type Option func(*options)

// Stdout sets where print and sys.stdout write (default os.Stdout).
func Stdout(w io.Writer) Option { return func(o *options) { o.stdout = w } }

// Stderr sets where tracebacks and sys.stderr write (default os.Stderr).
func Stderr(w io.Writer) Option { return func(o *options) { o.stderr = w } }

// Path sets the folders imports search for .asl modules, in order.
func Path(dirs ...string) Option { return func(o *options) { o.path = dirs } }

// RecursionLimit sets the deepest call nesting before RecursionError
// (default 1000).
func RecursionLimit(n int) Option { return func(o *options) { o.maxDepth = n } }

// StepBudget bounds the loop iterations and calls a script may make; a
// script that runs out stops with a RuntimeError. Zero means no bound.
func StepBudget(n int64) Option { return func(o *options) { o.budget = n } }

// VirtualClock runs asyncio's loops on a virtual clock: sleeps and
// timeouts complete at once, in deadline order.
func VirtualClock(on bool) Option { return func(o *options) { o.virtualClock = on } }

// ErrBusy is returned when an Interp is used by a second goroutine while
// the first one still uses it.
var ErrBusy = errors.New("asl: the Interp is in use by another goroutine")

// New makes an interpreter with an empty __main__ namespace.
func New(opts ...Option) *Interp {
	o := options{stdout: os.Stdout, stderr: os.Stderr, maxDepth: 1000}
	for _, opt := range opts {
		opt(&o)
	}
	t := vm.NewThread()
	t.Stdout, t.Stderr = o.stdout, o.stderr
	t.Path = o.path
	t.MaxDepth = o.maxDepth
	t.Budget = o.budget
	t.VirtualClock = o.virtualClock
	t.Deny = vm.AllCapabilities &^ o.allow
	t.Argv = []string{""}
	g := vm.NewDict().Dict()
	g.SetStr("__name__", vm.NewStr("__main__"))
	g.SetStr("__doc__", vm.None)
	t.SetMain(g)
	in := &Interp{t: t, globals: g}
	in.interrupt = t.InterruptWith(cancelledError)
	in.quiet = in.leaveQuiet
	in.goObject = vm.None
	return in
}

// cancelledError is the exception a cancelled context raises in the
// script: asyncio.CancelledError.
func cancelledError(t *vm.Thread) error {
	mod, err := t.Import("asyncio")
	if err != nil {
		return err
	}
	cls, err := t.GetAttr(mod, "CancelledError")
	if err != nil {
		return err
	}
	exc, err := t.Call(cls, nil, nil)
	if err != nil {
		return err
	}
	return vm.Raise(exc)
}

// enter claims the Interp for the calling goroutine and watches ctx: its
// cancellation raises CancelledError in the script at the next
// instruction boundary. The function it returns lets go.
func (in *Interp) enter(ctx context.Context) (leave func(), err error) {
	if !in.busy.CompareAndSwap(false, true) {
		return nil, ErrBusy
	}
	if err := ctx.Err(); err != nil {
		in.busy.Store(false)
		return nil, err
	}
	in.ctx = ctx
	if ctx.Done() == nil {
		// A context that cannot be cancelled needs no watching.
		return in.quiet, nil
	}
	in.t.ClearInterrupt()
	stop := context.AfterFunc(ctx, in.interrupt)
	return func() {
		stop()
		in.t.ClearInterrupt()
		in.ctx = nil
		in.busy.Store(false)
	}, nil
}

// leaveQuiet lets go of an Interp entered with an uncancellable context.
func (in *Interp) leaveQuiet() {
	in.ctx = nil
	in.busy.Store(false)
}

// outcome turns what running a script gave into the error Exec, Eval and
// Call return: ctx's error when ctx ended the script, else an *Error for
// an exception.
func (in *Interp) outcome(ctx context.Context, err error) error {
	if err == nil {
		return nil
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	return in.wrap(err)
}

// Exec runs src, a module body, in the interpreter's namespace.
func (in *Interp) Exec(ctx context.Context, filename, src string) error {
	leave, err := in.enter(ctx)
	if err != nil {
		return err
	}
	defer leave()
	code, err := in.compile(filename, src, false)
	if err != nil {
		return err
	}
	in.t.AddSource(filename, src)
	return in.outcome(ctx, in.t.RunModule(code, in.globals))
}

// evalResult is the hidden global an evaluated expression's value goes
// through.
const evalResult = "__asl_eval_value__"

// Eval evaluates an expression in the interpreter's namespace.
func (in *Interp) Eval(ctx context.Context, expr string) (any, error) {
	leave, err := in.enter(ctx)
	if err != nil {
		return nil, err
	}
	defer leave()
	code, err := in.compile("<eval>", expr, true)
	if err != nil {
		return nil, err
	}
	if err := in.t.RunModule(code, in.globals); err != nil {
		_, _ = in.globals.Delete(in.t, vm.NewStr(evalResult))
		return nil, in.outcome(ctx, err)
	}
	v, _ := in.globals.GetStr(evalResult)
	_, _ = in.globals.Delete(in.t, vm.NewStr(evalResult))
	return in.toGo(v), nil
}

// compile parses and compiles src; with expr, src must be one expression,
// whose value goes to evalResult.
func (in *Interp) compile(filename, src string, expr bool) (*compiler.Code, error) {
	mod, err := parser.ParseFile(filename, src)
	if err != nil {
		return nil, in.syntaxError(err)
	}
	if expr && (len(mod.Body) != 1 || !mod.CaptureLastExpr(evalResult)) {
		return nil, &Error{Type: "SyntaxError", Msg: "Eval takes one expression"}
	}
	code, err := compiler.Compile(filename, src, mod)
	if err != nil {
		return nil, in.syntaxError(err)
	}
	return code, nil
}

// Call calls the global function name with args converted to asl values.
// An async def runs on a new event loop to its end (asyncio.run).
func (in *Interp) Call(ctx context.Context, name string, args ...any) (any, error) {
	leave, err := in.enter(ctx)
	if err != nil {
		return nil, err
	}
	defer leave()
	fn, ok := in.globals.GetStr(name)
	if !ok {
		return nil, &Error{Type: "NameError", Msg: "name '" + name + "' is not defined"}
	}
	av := make([]vm.Value, len(args))
	for i, a := range args {
		if av[i], err = in.fromGo(a); err != nil {
			return nil, err
		}
	}
	r, err := in.t.Call(fn, av, nil)
	if err == nil && in.t.IsCoroutineLike(r) {
		r, err = in.runCoroutine(r)
	}
	if err != nil {
		return nil, in.outcome(ctx, err)
	}
	return in.toGo(r), nil
}

// runCoroutine runs a coroutine to its end with asyncio.run.
func (in *Interp) runCoroutine(coro vm.Value) (vm.Value, error) {
	mod, err := in.t.Import("asyncio")
	if err != nil {
		return vm.Value{}, err
	}
	run, err := in.t.GetAttr(mod, "run")
	if err != nil {
		return vm.Value{}, err
	}
	return in.t.Call(run, []vm.Value{coro}, nil)
}

// Get returns the global name as a Go value.
func (in *Interp) Get(name string) (any, bool) {
	v, ok := in.globals.GetStr(name)
	if !ok {
		return nil, false
	}
	return in.toGo(v), true
}

// Set binds the global name to a Go value (see the package comment for
// how values convert; a Func becomes a built-in function).
func (in *Interp) Set(name string, v any) error {
	av, err := in.fromGo(v)
	if err != nil {
		return err
	}
	in.globals.SetStr(name, av)
	return nil
}

// RegisterModule makes a module scripts of this Interp import by name:
// members are converted as Set converts (a Func or AsyncFunc becomes a
// function of the module).
func (in *Interp) RegisterModule(name string, members map[string]any) error {
	d := vm.NewDict().Dict()
	for k, m := range members {
		v, err := in.fromGo(m)
		if err != nil {
			return err
		}
		d.SetStr(k, v)
	}
	d.SetStr("__name__", vm.NewStr(name))
	in.t.Modules().SetStr(name, vm.NewModule(name, d))
	return nil
}
