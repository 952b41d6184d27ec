package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"
)

// term is asl running on a pseudo-terminal, as a user at a REPL sees it.
type term struct {
	t    *testing.T
	cmd  *exec.Cmd
	f    *os.File
	mu   sync.Mutex
	out  bytes.Buffer // all output, control sequences removed
	seen int          // how much of out expect has consumed
}

// controls are the terminal control sequences readline writes.
var controls = regexp.MustCompile(`\x1b\[[0-9;?]*[A-Za-z]|[\r\x08\x07]`)

// startTerm starts the asl binary on a pseudo-terminal with env added.
func startTerm(t *testing.T, bin string, env []string, args ...string) *term {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), env...)
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 24, Cols: 120})
	if err != nil {
		t.Skipf("no pseudo-terminal here: %v", err)
	}
	tm := &term{t: t, cmd: cmd, f: f}
	go func() {
		buf := make([]byte, 4096)
		for {
			n, err := f.Read(buf)
			tm.mu.Lock()
			tm.out.Write(controls.ReplaceAll(buf[:n], nil))
			tm.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	t.Cleanup(func() { cmd.Process.Kill(); f.Close() })
	return tm
}

// send types s.
func (tm *term) send(s string) {
	if _, err := tm.f.Write([]byte(s)); err != nil {
		tm.t.Fatal(err)
	}
}

// expect waits (up to within) for text after what earlier expects saw,
// and returns how long it took.
func (tm *term) expect(text string, within time.Duration) time.Duration {
	tm.t.Helper()
	start := time.Now()
	for {
		tm.mu.Lock()
		all := tm.out.String()
		i := strings.Index(all[tm.seen:], text)
		if i >= 0 {
			tm.seen += i + len(text)
		}
		tm.mu.Unlock()
		if i >= 0 {
			return time.Since(start)
		}
		if time.Since(start) > within {
			tm.t.Fatalf("no %q within %v; output:\n%s", text, within, all)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// exitCode ends the session with Ctrl-D and returns asl's exit status.
func (tm *term) exitCode() int {
	tm.send("\x04")
	return tm.wait()
}

// wait returns asl's exit status once it has left.
func (tm *term) wait() int {
	tm.t.Helper()
	done := make(chan error, 1)
	go func() { done <- tm.cmd.Wait() }()
	select {
	case err := <-done:
		if ee, ok := err.(*exec.ExitError); ok {
			return ee.ExitCode()
		}
		return 0
	case <-time.After(5 * time.Second):
		tm.t.Fatal("asl did not leave")
		return -1
	}
}

// TestREPL drives the REPL through a pseudo-terminal: a multi-line
// definition, top-level await, a background task printing while the
// prompt waits, an error and then a working line, Ctrl-C during an
// await, completion, history across sessions, and Ctrl-D.
func TestREPL(t *testing.T) {
	if testing.Short() {
		t.Skip("builds asl")
	}
	bin := buildASL(t)
	hist := filepath.Join(t.TempDir(), "history")
	env := []string{"ASL_HISTORY=" + hist, "ASL_NOCACHE=1"}
	tm := startTerm(t, bin, env)
	tm.expect(">>> ", 10*time.Second)

	tm.send("def f(a):\r")
	tm.expect("... ", time.Second)
	tm.send("    return a * 2\r\r")
	tm.send("f(21)\r")
	tm.expect("42\n>>> ", 2*time.Second)

	tm.send("await asyncio.sleep(0.1, 'slept')\r")
	tm.expect("'slept'\n>>> ", 2*time.Second)
	tm.send("async def agen():\r    yield 1\r    yield 2\r\r")
	tm.send("[v * 10 async for v in agen()]\r")
	tm.expect("[10, 20]\n>>> ", 2*time.Second)

	tm.send("async def ticker():\r")
	tm.send("    for i in range(3):\r")
	tm.send("        print('tick', i)\r")
	tm.send("        await asyncio.sleep(0.2)\r\r")
	tm.expect(">>> ", time.Second)
	tm.send("task = asyncio.create_task(ticker())\r")
	// The task prints between prompts, while a line is half typed: the
	// line survives the redraws.
	tm.expect("tick 0", 2*time.Second)
	tm.send("typed = 12")
	tm.expect("tick 2", 2*time.Second)
	tm.send("3\r")
	tm.send("typed\r")
	tm.expect("123\n>>> ", 2*time.Second)
	time.Sleep(400 * time.Millisecond) // its last sleep
	tm.send("task.done()\r")
	tm.expect("True\n>>> ", 2*time.Second)

	tm.send("1/0\r")
	tm.expect("ZeroDivisionError: division by zero\n>>> ", 2*time.Second)
	tm.send("2 + 2\r")
	tm.expect("4\n>>> ", 2*time.Second)

	tm.send("await asyncio.sleep(10)\r")
	time.Sleep(200 * time.Millisecond)
	tm.send("\x03")
	if d := tm.expect("KeyboardInterrupt\n>>> ", 2*time.Second); d > 100*time.Millisecond {
		t.Errorf("the prompt came back %v after Ctrl-C, want under 100 ms", d)
	}

	tm.send("asyncio.ga\t")
	tm.expect("asyncio.gather", 2*time.Second)
	tm.send("\x03") // Ctrl-C at the prompt clears the line
	tm.expect(">>> ", time.Second)

	tm.send("77 * 2\r")
	tm.expect("154\n>>> ", 2*time.Second)
	if code := tm.exitCode(); code != 0 {
		t.Errorf("exit status %d at Ctrl-D, want 0", code)
	}

	// A second session recalls the history: up arrow, enter.
	tm2 := startTerm(t, bin, env)
	tm2.expect(">>> ", 10*time.Second)
	tm2.send("\x1b[A\r")
	tm2.expect("154\n>>> ", 2*time.Second)
	tm2.send("exit()\r")
	if code := tm2.wait(); code != 0 {
		t.Errorf("exit status %d at exit(), want 0", code)
	}
}
