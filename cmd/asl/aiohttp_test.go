package main

import (
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// TestAiohttpServerExample runs the project's seed, examples/server.asl, as
// a user would: it waits for aiohttp's banner, fetches / and stops the
// server with Ctrl-C (SIGINT), after which asl exits cleanly with status 0.
func TestAiohttpServerExample(t *testing.T) {
	if testing.Short() {
		t.Skip("builds asl")
	}
	if ln, err := net.Listen("tcp", ":8080"); err != nil {
		t.Skipf("port 8080 is busy (%v): the example serves on it", err)
	} else {
		ln.Close()
	}
	cmd, r, errb := startASL(t, "../../examples/server.asl")
	defer cmd.Process.Kill()
	banner := "======== Running on http://0.0.0.0:8080 ========\n(Press CTRL+C to quit)\n"
	var out strings.Builder
	for out.Len() < len(banner) {
		line, err := r.ReadString('\n')
		out.WriteString(line)
		if err != nil {
			t.Fatalf("no banner: %q, stderr %s", out.String(), errb.String())
		}
	}
	if out.String() != banner {
		t.Fatalf("banner %q, want %q", out.String(), banner)
	}
	resp, err := http.Get("http://127.0.0.1:8080/")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || string(body) != "Hello, async world" {
		t.Fatalf("GET / = %d %q", resp.StatusCode, body)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "text/plain; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		rest, _ := io.ReadAll(r)
		out.Write(rest)
		done <- cmd.Wait()
	}()
	select {
	case err := <-done:
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Fatalf("asl exited with %v after SIGINT, want status 0; stderr %s", err, errb.String())
		} else if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("asl did not stop after SIGINT")
	}
	if out.String() != banner {
		t.Errorf("stdout %q, want only the banner", out.String())
	}
	if errb.Len() != 0 {
		t.Errorf("stderr %q, want nothing", errb.String())
	}
}
