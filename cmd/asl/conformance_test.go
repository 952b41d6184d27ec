package main

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/asl-lang/asl/vm"
)

// knownFailures lists the conformance programs the VM does not pass yet
// (testdata/run/KNOWN_FAILURES, one path per line); the list only shrinks.
func knownFailures(t *testing.T) map[string]bool {
	out := map[string]bool{}
	f, err := os.Open("../../testdata/run/KNOWN_FAILURES")
	if err != nil {
		return out
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" && !strings.HasPrefix(line, "#") {
			out[line] = true
		}
	}
	return out
}

// TestConformance runs every program under testdata/run and compares its
// standard output and exit status with what CPython 3.11 gave.
func TestConformance(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/run/*/*.asl")
	known := knownFailures(t)
	passed := 0
	for _, f := range files {
		rel, _ := filepath.Rel("../../testdata/run", f)
		base := strings.TrimSuffix(f, ".asl")
		want, err := os.ReadFile(base + ".out")
		if err != nil {
			continue // no golden yet
		}
		wantCode, _ := os.ReadFile(base + ".code")
		t.Run(rel, func(t *testing.T) {
			if known[rel] {
				t.Skip("known failure (testdata/run/KNOWN_FAILURES)")
			}
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			// NNN_topic.in, when there is one, is the program's standard input.
			in, _ := os.ReadFile(base + ".in")
			vm.SetStdin(bytes.NewReader(in))
			t.Chdir(filepath.Dir(f)) // as CPython ran it: imports look there
			name := filepath.Base(f)
			var out, errb bytes.Buffer
			code := runSource(name, string(src), []string{name}, &out, &errb)
			for retry := 0; retry < 2 && strings.HasPrefix(rel, "async") && (out.String() != string(want) || strconv.Itoa(code) != strings.TrimSpace(string(wantCode))); retry++ {
				// Real time on a loaded machine can reorder timers that
				// are close: an async program gets two more runs.
				out.Reset()
				errb.Reset()
				vm.SetStdin(bytes.NewReader(in))
				code = runSource(name, string(src), []string{name}, &out, &errb)
			}
			if out.String() != string(want) {
				t.Errorf("stdout differs\n got: %q\nwant: %q\nstderr: %s", out.String(), want, errb.String())
			}
			if w := strings.TrimSpace(string(wantCode)); w != "" && w != strconv.Itoa(code) {
				t.Errorf("exit status %d, want %s; stderr: %s", code, w, errb.String())
			}
			if strings.HasPrefix(rel, "async") {
				// Async programs print the same on the virtual clock.
				var vout, verr bytes.Buffer
				vm.SetStdin(bytes.NewReader(in))
				virtualClock = true
				vcode := runSource(name, string(src), []string{name}, &vout, &verr)
				virtualClock = false
				if vout.String() != string(want) || strconv.Itoa(vcode) != strings.TrimSpace(string(wantCode)) {
					t.Errorf("on the virtual clock: stdout differs or status %d\n got: %q\nwant: %q\nstderr: %s", vcode, vout.String(), want, verr.String())
				}
			}
			if !t.Failed() {
				passed++
			}
		})
	}
	t.Logf("%d conformance programs pass, %d known failures", passed, len(known))
}
