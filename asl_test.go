package asl_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/asl-lang/asl"
)

func TestExecEvalCallGetSet(t *testing.T) {
	var out bytes.Buffer
	in := asl.New(asl.Stdout(&out))
	ctx := context.Background()
	if err := in.Exec(ctx, "m.asl", "x = 40\ndef add(a, b=1):\n    return a + b\nprint('ready')\n"); err != nil {
		t.Fatal(err)
	}
	if out.String() != "ready\n" {
		t.Errorf("stdout %q", out.String())
	}
	if v, err := in.Eval(ctx, "x + 2"); err != nil || v != int64(42) {
		t.Errorf("Eval: %v, %v", v, err)
	}
	if v, err := in.Call(ctx, "add", 1.5, 2); err != nil || v != 3.5 {
		t.Errorf("Call: %v, %v", v, err)
	}
	if err := in.Set("data", map[string]any{"k": []any{"a", int64(1), nil, true}}); err != nil {
		t.Fatal(err)
	}
	if v, err := in.Eval(ctx, "data['k'][::-1]"); err != nil || fmt.Sprint(v) != "[true <nil> 1 a]" {
		t.Errorf("Eval over a Go map: %v, %v", v, err)
	}
	if v, ok := in.Get("x"); !ok || v != int64(40) {
		t.Errorf("Get: %v %v", v, ok)
	}
	if _, ok := in.Get("nope"); ok {
		t.Error("Get of a missing name")
	}
	v, err := in.Eval(ctx, "add")
	if err != nil {
		t.Fatal(err)
	}
	fn, ok := v.(asl.Value)
	if !ok || fn.Type() != "function" {
		t.Fatalf("Eval of a function: %T %v", v, v)
	}
	if r, err := fn.Call(10); err != nil || r != int64(11) {
		t.Errorf("Value.Call: %v %v", r, err)
	}
}

func TestAsyncCall(t *testing.T) {
	in := asl.New()
	ctx := context.Background()
	src := "import asyncio\nasync def twice(n):\n    await asyncio.sleep(0.01)\n    return n * 2\n"
	if err := in.Exec(ctx, "a.asl", src); err != nil {
		t.Fatal(err)
	}
	if v, err := in.Call(ctx, "twice", 21); err != nil || v != int64(42) {
		t.Errorf("Call of an async def: %v, %v", v, err)
	}
}

func TestErrors(t *testing.T) {
	in := asl.New(asl.Stderr(&bytes.Buffer{}))
	ctx := context.Background()
	err := in.Exec(ctx, "e.asl", "def f():\n    raise ValueError('bad value')\nf()\n")
	var ae *asl.Error
	if !errors.As(err, &ae) || ae.Type != "ValueError" || ae.Msg != "bad value" || !strings.Contains(ae.Traceback, `File "e.asl", line 2, in f`) {
		t.Errorf("error %#v", err)
	}
	err = in.Exec(ctx, "s.asl", "x = (1,\n")
	if !errors.As(err, &ae) || ae.Type != "SyntaxError" {
		t.Errorf("syntax error %#v", err)
	}
	if _, err := in.Call(ctx, "missing"); !errors.As(err, &ae) || ae.Type != "NameError" {
		t.Errorf("missing function: %v", err)
	}
}

func TestFunc(t *testing.T) {
	in := asl.New()
	ctx := context.Background()
	_ = in.Set("greet", asl.Func(func(ctx context.Context, args []any, kw map[string]any) (any, error) {
		return fmt.Sprintf("hello %v%v", args[0], kw["mark"]), nil
	}))
	_ = in.Set("fail", asl.Func(func(ctx context.Context, args []any, kw map[string]any) (any, error) {
		return nil, errors.New("it failed")
	}))
	_ = in.Set("boom", asl.Func(func(ctx context.Context, args []any, kw map[string]any) (any, error) {
		panic("boom")
	}))
	if v, err := in.Eval(ctx, "greet('asl', mark='!')"); err != nil || v != "hello asl!" {
		t.Errorf("greet: %v %v", v, err)
	}
	src := "out = []\nfor f in (fail, boom):\n    try:\n        f()\n    except RuntimeError as e:\n        out.append(str(e))\n"
	if err := in.Exec(ctx, "f.asl", src); err != nil {
		t.Fatal(err)
	}
	if v, _ := in.Get("out"); fmt.Sprint(v) != "[it failed Go function panicked: boom]" {
		t.Errorf("errors and panics of Go functions: %v", v)
	}
}

func TestCancelStopsBusyLoop(t *testing.T) {
	in := asl.New()
	if err := in.Exec(context.Background(), "c.asl", "log = []\n"); err != nil {
		t.Fatal(err)
	}
	cancelWithin(t, in, 50*time.Millisecond, func(ctx context.Context) error {
		return in.Exec(ctx, "loop.asl", "try:\n    while True:\n        pass\nfinally:\n    log.append('finally ran')\n")
	})
}

// cancelWithin runs run on a goroutine, cancels its context after 50 ms,
// and checks that it returns context.Canceled within limit, with the
// script's finally block having appended to its log.
func cancelWithin(t *testing.T, in *asl.Interp, limit time.Duration, run func(ctx context.Context) error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- run(ctx) }()
	time.Sleep(50 * time.Millisecond)
	start := time.Now()
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("returned %v, want context.Canceled", err)
		}
		if d := time.Since(start); d > limit {
			t.Errorf("stopped %v after the cancel, want within %v", d, limit)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("the script did not stop")
	}
	if v, _ := in.Get("log"); fmt.Sprint(v) != "[finally ran]" {
		t.Errorf("finally blocks: %v", v)
	}
}

func TestBusy(t *testing.T) {
	in := asl.New()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	started := make(chan struct{})
	_ = in.Set("started", asl.Func(func(context.Context, []any, map[string]any) (any, error) {
		close(started)
		return nil, nil
	}))
	go func() { _ = in.Exec(ctx, "b.asl", "started()\nwhile True:\n    pass\n") }()
	<-started
	if err := in.Exec(context.Background(), "x.asl", "pass"); !errors.Is(err, asl.ErrBusy) {
		t.Errorf("second goroutine: %v, want ErrBusy", err)
	}
}

func TestParallelInterps(t *testing.T) {
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			in := asl.New()
			src := fmt.Sprintf("total = sum(k * %d for k in range(1000))\n", i)
			if err := in.Exec(context.Background(), "p.asl", src); err != nil {
				errs <- err
				return
			}
			if v, _ := in.Get("total"); v != int64(499500*i) {
				errs <- fmt.Errorf("interp %d: total %v", i, v)
			}
		}(i)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func ExampleInterp_Call() {
	in := asl.New()
	ctx := context.Background()
	_ = in.Exec(ctx, "rules.asl", "def score(name, n):\n    return f'{name}: {n * 10}'\n")
	v, _ := in.Call(ctx, "score", "ann", 4)
	fmt.Println(v)
	// Output: ann: 40
}

func ExampleFunc() {
	in := asl.New()
	_ = in.Set("double", asl.Func(func(ctx context.Context, args []any, kw map[string]any) (any, error) {
		return args[0].(int64) * 2, nil
	}))
	v, _ := in.Eval(context.Background(), "double(21)")
	fmt.Println(v)
	// Output: 42
}

func TestCapabilities(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	src := `import asyncio, os
denied = []
def attempt(name, fn):
    try:
        fn()
        denied.append(name + ' allowed')
    except PermissionError as e:
        denied.append(name + ' denied')
attempt('open', lambda: open(PATH, 'w').close())
attempt('listdir', lambda: os.listdir('.'))
async def net():
    await asyncio.open_connection('127.0.0.1', 9)
attempt('connect', lambda: asyncio.run(net()))
async def proc():
    await asyncio.create_subprocess_exec('true')
attempt('process', lambda: asyncio.run(proc()))
env = len(os.environ) > 0
`
	in := asl.New()
	_ = in.Set("PATH", dir+"/f.txt")
	if err := in.Exec(ctx, "caps.asl", src); err != nil {
		t.Fatal(err)
	}
	if v, _ := in.Get("denied"); fmt.Sprint(v) != "[open denied listdir denied connect denied process denied]" {
		t.Errorf("a default Interp: %v", v)
	}
	if v, _ := in.Get("env"); v != false {
		t.Errorf("a default Interp sees the environment")
	}
	in2 := asl.New(asl.Allow(asl.Files))
	_ = in2.Set("PATH", dir+"/f.txt")
	if err := in2.Exec(ctx, "caps.asl", src); err != nil {
		t.Fatal(err)
	}
	if v, _ := in2.Get("denied"); !strings.HasPrefix(fmt.Sprint(v), "[open allowed listdir allowed connect denied") {
		t.Errorf("an Interp with Files: %v", v)
	}
}

func TestAsyncFuncConcurrent(t *testing.T) {
	in := asl.New()
	ctx := context.Background()
	_ = in.Set("fetch", asl.AsyncFunc(func(ctx context.Context, args []any, kw map[string]any) (any, error) {
		time.Sleep(100 * time.Millisecond) // a slow call, as I/O is
		return args[0].(int64) * 2, nil
	}))
	_ = in.Set("broken", asl.AsyncFunc(func(ctx context.Context, args []any, kw map[string]any) (any, error) {
		return nil, errors.New("upstream failed")
	}))
	src := `import asyncio
async def main():
    results = await asyncio.gather(*(fetch(i) for i in range(1000)))
    try:
        await broken()
    except RuntimeError as e:
        err = str(e)
    return sum(results), err
`
	if err := in.Exec(ctx, "async.asl", src); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	v, err := in.Call(ctx, "main")
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(v) != "[999000 upstream failed]" {
		t.Errorf("result %v", v)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("1,000 concurrent calls of a 100 ms function took %v", d)
	}
}

func ExampleInterp_RegisterModule() {
	in := asl.New()
	_ = in.RegisterModule("host", map[string]any{
		"version": "1.2",
		"shout": asl.Func(func(ctx context.Context, args []any, kw map[string]any) (any, error) {
			return strings.ToUpper(args[0].(string)), nil
		}),
	})
	_ = in.Exec(context.Background(), "m.asl", "import host\nprint(host.shout('hi'), host.version)\n")
	// Output: HI 1.2
}

func ExampleAsyncFunc() {
	in := asl.New()
	_ = in.Set("lookup", asl.AsyncFunc(func(ctx context.Context, args []any, kw map[string]any) (any, error) {
		return "value of " + args[0].(string), nil // runs on its own goroutine
	}))
	_ = in.Exec(context.Background(), "a.asl", "import asyncio\nasync def main():\n    return await asyncio.gather(lookup('a'), lookup('b'))\n")
	v, _ := in.Call(context.Background(), "main")
	fmt.Println(v)
	// Output: [value of a value of b]
}

func ExampleInterp_Exec() {
	in := asl.New()
	err := in.Exec(context.Background(), "bad.asl", "raise ValueError('no')")
	fmt.Println(err)
	// Output: ValueError: no
}

func ExampleInterp_Eval() {
	in := asl.New()
	_ = in.Set("xs", []any{3, 1, 2})
	v, _ := in.Eval(context.Background(), "sorted(xs)")
	fmt.Println(v)
	// Output: [1 2 3]
}

func ExampleNew() {
	var out strings.Builder
	in := asl.New(asl.Stdout(&out), asl.Allow(asl.Env))
	_ = in.Exec(context.Background(), "p.asl", "print('to the builder')")
	fmt.Print(out.String())
	// Output: to the builder
}

func TestCancelWhileAwaiting(t *testing.T) {
	in := asl.New()
	src := `import asyncio
log = []
async def main():
    try:
        await asyncio.sleep(10)
    finally:
        log.append('finally ran')
`
	if err := in.Exec(context.Background(), "w.asl", src); err != nil {
		t.Fatal(err)
	}
	cancelWithin(t, in, 50*time.Millisecond, func(ctx context.Context) error {
		_, err := in.Call(ctx, "main")
		return err
	})
}

func ExampleInterp_Get() {
	in := asl.New()
	_ = in.Exec(context.Background(), "g.asl", "totals = {'a': 1, 'b': [2, 3]}")
	v, ok := in.Get("totals")
	fmt.Println(v, ok)
	// Output: map[a:1 b:[2 3]] true
}

func ExampleInterp_Set() {
	in := asl.New()
	_ = in.Set("limit", 3)
	v, _ := in.Eval(context.Background(), "[i * i for i in range(limit)]")
	fmt.Println(v)
	// Output: [0 1 4]
}

// counter is a Go struct a test exposes to a script.
type counter struct {
	Name  string
	Count int
	Step  float64
}

func (c *counter) Add(n int) int { c.Count += n; return c.Count }

func (c *counter) Fail() error { return errors.New("refused") }

func TestExpose(t *testing.T) {
	c := &counter{Name: "hits", Step: 0.5}
	in := asl.New()
	_ = in.Set("c", asl.Expose(c))
	src := `log = [c.Name, c.Count]
c.Count = 10
log.append(c.Add(5))
c.Step += 1
try:
    c.Fail()
except RuntimeError as e:
    log.append(str(e))
try:
    c.Missing
except AttributeError as e:
    log.append('no Missing')
log.append(hasattr(c, 'Add'))
`
	if err := in.Exec(context.Background(), "x.asl", src); err != nil {
		t.Fatal(err)
	}
	if v, _ := in.Get("log"); fmt.Sprint(v) != "[hits 0 15 refused no Missing true]" {
		t.Errorf("log %v", v)
	}
	if c.Count != 15 || c.Step != 1.5 {
		t.Errorf("the struct after the script: %+v", c)
	}
}

func ExampleExpose() {
	type Config struct {
		Limit int
	}
	cfg := &Config{Limit: 2}
	in := asl.New()
	_ = in.Set("cfg", asl.Expose(cfg))
	_ = in.Exec(context.Background(), "c.asl", "cfg.Limit *= 10")
	fmt.Println(cfg.Limit)
	// Output: 20
}

func TestDeadlineAndBudget(t *testing.T) {
	in := asl.New()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	if err := in.Exec(ctx, "d.asl", "while True:\n    pass\n"); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("a deadline: %v, want context.DeadlineExceeded", err)
	}
	in2 := asl.New(asl.StepBudget(10000))
	var ae *asl.Error
	if err := in2.Exec(context.Background(), "b.asl", "while True:\n    pass\n"); !errors.As(err, &ae) || !strings.Contains(ae.Msg, "budget") {
		t.Errorf("a step budget: %v", err)
	}
}
