package main

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// buildASL builds the asl command into a temporary folder.
func buildASL(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "asl")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestSIGINTDuringAsyncioRun interrupts asyncio.run as Ctrl-C does: the main
// task is cancelled (its async with exit and finally run), and asl ends
// with KeyboardInterrupt, killed by SIGINT as CPython is (status 130).
func TestSIGINTDuringAsyncioRun(t *testing.T) {
	if testing.Short() {
		t.Skip("builds asl")
	}
	cmd, r, errb := startASL(t, "testdata/sigint.asl")
	var out strings.Builder
	for !strings.Contains(out.String(), "ready\n") {
		line, err := r.ReadString('\n')
		out.WriteString(line)
		if err != nil {
			t.Fatalf("no ready line: %q", out.String())
		}
	}
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	rest := make(chan string)
	go func() {
		var b bytes.Buffer
		b.ReadFrom(r)
		rest <- b.String()
	}()
	select {
	case s := <-rest:
		out.WriteString(s)
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		t.Fatal("asl did not stop after SIGINT")
	}
	err := cmd.Wait()
	want := "acquired\nready\nreleased CancelledError\nmain finally\n"
	if out.String() != want {
		t.Errorf("stdout %q, want %q", out.String(), want)
	}
	var ee *exec.ExitError
	if !errors.As(err, &ee) {
		t.Fatalf("asl exited with %v, want death by SIGINT", err)
	}
	ws, ok := ee.Sys().(syscall.WaitStatus)
	if !ok || !ws.Signaled() || ws.Signal() != syscall.SIGINT {
		t.Errorf("exit %v, want killed by SIGINT", err)
	}
	if !strings.HasSuffix(strings.TrimSpace(errb.String()), "KeyboardInterrupt") {
		t.Errorf("stderr does not end with KeyboardInterrupt: %s", errb.String())
	}
}

// startASL starts a fresh asl binary with args: the command, a reader of
// its standard output and the buffer its standard error goes to.
func startASL(t *testing.T, args ...string) (*exec.Cmd, *bufio.Reader, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(buildASL(t), args...)
	errb := &bytes.Buffer{}
	cmd.Stderr = errb
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, bufio.NewReader(stdout), errb
}

// TestSIGINTInBusyLoop interrupts a script outside asyncio: Ctrl-C raises
// KeyboardInterrupt in the running loop, its finally block runs, and asl
// ends killed by SIGINT as CPython does.
func TestSIGINTInBusyLoop(t *testing.T) {
	if testing.Short() {
		t.Skip("builds asl")
	}
	cmd, r, errb := startASL(t, "-c", "import sys\nprint('ready', flush=True)\ntry:\n    while True:\n        pass\nfinally:\n    print('finally')\n")
	if line, _ := r.ReadString('\n'); line != "ready\n" {
		t.Fatalf("first line %q", line)
	}
	cmd.Process.Signal(os.Interrupt)
	rest, _ := io.ReadAll(r)
	err := cmd.Wait()
	if string(rest) != "finally\n" {
		t.Errorf("stdout after the interrupt %q, want finally", rest)
	}
	var ee *exec.ExitError
	if !errors.As(err, &ee) {
		t.Fatalf("asl exited with %v, want death by SIGINT", err)
	}
	if ws, ok := ee.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != syscall.SIGINT {
		t.Errorf("exit %v, want killed by SIGINT", err)
	}
	if !strings.HasSuffix(strings.TrimSpace(errb.String()), "KeyboardInterrupt") {
		t.Errorf("stderr: %s", errb.String())
	}
}
