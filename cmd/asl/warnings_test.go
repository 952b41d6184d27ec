package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestAsyncWarnings checks the warnings CPython prints to stderr for a
// coroutine never awaited and for a task or future whose exception nobody
// retrieved, and that they do not touch standard output.
func TestAsyncWarnings(t *testing.T) {
	for _, c := range []struct {
		name, src string
		want      []string // lines stderr must hold, in order
		not       []string // text stderr must not hold
	}{
		{
			name: "never awaited",
			src: `import asyncio
async def f():
    print("ran")
async def main():
    for _ in range(3):
        f()
    asyncio.sleep(1)
    await f()
asyncio.run(main())
`,
			want: []string{
				"w.asl:6: RuntimeWarning: coroutine 'f' was never awaited", "  f()",
				"w.asl:7: RuntimeWarning: coroutine 'sleep' was never awaited", "  asyncio.sleep(1)",
			},
		},
		{
			name: "never retrieved",
			src: `import asyncio
async def bad():
    raise ValueError("boom")
async def seen():
    raise KeyError("k")
async def main():
    asyncio.create_task(bad())
    t = asyncio.create_task(seen())
    g = asyncio.gather(bad(), return_exceptions=True)
    await asyncio.sleep(0.01)
    t.exception()
    await g
asyncio.run(main())
`,
			want: []string{
				"Task exception was never retrieved",
				"future: <Task finished name='Task-2' coro=<bad() done, defined at w.asl:2> exception=ValueError('boom')>",
				"Traceback (most recent call last):",
				`  File "w.asl", line 3, in bad`,
				"ValueError: boom",
			},
			not: []string{"KeyError", "Task-4"},
		},
		{
			name: "future never retrieved",
			src: `import asyncio
async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(RuntimeError("lost"))
    ok = asyncio.get_running_loop().create_future()
    ok.set_exception(RuntimeError("found"))
    try:
        await ok
    except RuntimeError:
        pass
asyncio.run(main())
`,
			want: []string{
				"Future exception was never retrieved",
				"future: <Future finished exception=RuntimeError('lost')>",
				"RuntimeError: lost",
			},
			not: []string{"found"},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			if code := runSource("w.asl", c.src, []string{"w.asl"}, &out, &errb); code != 0 {
				t.Fatalf("status %d; stderr:\n%s", code, errb.String())
			}
			if strings.Contains(out.String(), "never") || strings.Count(out.String(), "ran") > 1 {
				t.Errorf("stdout has a warning or ran an unawaited coroutine: %q", out.String())
			}
			rest := errb.String()
			for _, w := range c.want {
				i := strings.Index(rest, w+"\n")
				if i < 0 {
					t.Fatalf("stderr lacks %q (in order); stderr:\n%s", w, errb.String())
				}
				rest = rest[i+len(w):]
			}
			for _, n := range c.not {
				if strings.Contains(errb.String(), n) {
					t.Errorf("stderr has %q:\n%s", n, errb.String())
				}
			}
		})
	}
}
