package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// Hostile clients against an aiohttp server written in asl: each attack
// runs while a well-behaved client keeps fetching / and must keep getting
// its answer. The header timeout is shortened to 1 s through
// ASL_HTTP_HEADER_TIMEOUT so that the slow-header test is quick.

const hostileServer = `
import asyncio
from aiohttp import web

async def hello(request):
    return web.Response(text="Hello, async world")

async def echo(request):
    body = await request.read()
    return web.Response(text=str(len(body)))

async def main():
    app = web.Application()
    app.add_routes([web.get('/', hello), web.post('/echo', echo)])
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, '127.0.0.1', 0)
    await site.start()
    print(runner.addresses[0][1], flush=True)
    try:
        await asyncio.sleep(3600)
    finally:
        await runner.cleanup()

asyncio.run(main())
`

// hostile is a running asl server and the well-behaved client's record.
type hostile struct {
	addr     string
	cmd      *exec.Cmd
	stderr   bytes.Buffer
	ok, fail atomic.Int64
	stop     chan struct{}
	wg       sync.WaitGroup
	lastErr  atomic.Value
}

// startHostile starts the server (asl built once for all subtests).
func startHostile(t *testing.T, bin string) *hostile {
	t.Helper()
	dir := t.TempDir()
	src := filepath.Join(dir, "server.asl")
	if err := os.WriteFile(src, []byte(hostileServer), 0o644); err != nil {
		t.Fatal(err)
	}
	h := &hostile{stop: make(chan struct{})}
	h.cmd = exec.Command(bin, src)
	h.cmd.Env = append(os.Environ(), "ASL_HTTP_HEADER_TIMEOUT=1")
	h.cmd.Stderr = &h.stderr
	out, err := h.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := h.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		h.cmd.Process.Kill()
		h.cmd.Wait()
	})
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		t.Fatalf("no port from the server: %v %s", err, h.stderr.String())
	}
	h.addr = "127.0.0.1:" + strings.TrimSpace(line)
	return h
}

// watch starts the well-behaved client: GET / every 20 ms.
func (h *hostile) watch() {
	c := &http.Client{Timeout: 5 * time.Second}
	h.wg.Add(1)
	go func() {
		defer h.wg.Done()
		for first := true; ; first = false {
			if !first {
				select {
				case <-h.stop:
					return
				case <-time.After(20 * time.Millisecond):
				}
			}
			resp, err := c.Get("http://" + h.addr + "/")
			if err != nil {
				h.fail.Add(1)
				h.lastErr.Store(err.Error())
				continue
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode == 200 && string(b) == "Hello, async world" {
				h.ok.Add(1)
			} else {
				h.fail.Add(1)
				h.lastErr.Store(fmt.Sprintf("%d %q", resp.StatusCode, b))
			}
		}
	}()
}

// check stops the well-behaved client and fails the test unless every one
// of its requests was answered.
func (h *hostile) check(t *testing.T) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); h.ok.Load()+h.fail.Load() < 2 && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
	}
	close(h.stop)
	h.wg.Wait()
	if h.fail.Load() > 0 {
		t.Errorf("the normal client failed %d times (ok %d): %v", h.fail.Load(), h.ok.Load(), h.lastErr.Load())
	}
	if h.ok.Load() == 0 {
		t.Errorf("the normal client got no answer at all")
	}
	resp, err := http.Get("http://" + h.addr + "/")
	if err != nil {
		t.Fatalf("server gone after the attack: %v; stderr %s", err, h.stderr.String())
	}
	resp.Body.Close()
}

// rawRequest sends raw bytes and returns the status line of the answer.
func rawRequest(addr, req string) (string, error) {
	c, err := net.DialTimeout("tcp", addr, 2*time.Second)
	if err != nil {
		return "", err
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(5 * time.Second))
	if _, err := io.WriteString(c, req); err != nil {
		return "", err
	}
	line, err := bufio.NewReader(c).ReadString('\n')
	return strings.TrimSpace(line), err
}

func TestAiohttpHostileClients(t *testing.T) {
	if testing.Short() {
		t.Skip("builds asl")
	}
	bin := buildASL(t)

	t.Run("dropped connections", func(t *testing.T) {
		h := startHostile(t, bin)
		h.watch()
		partial := []string{
			"GET / HT",
			"GET / HTTP/1.1\r\nHost: x\r\nX-Half: ",
			"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\nonly a little",
			"GET / HTTP/1.1\r\nHost: x\r\n\r\n", // whole, dropped before the answer is read
		}
		var wg sync.WaitGroup
		sem := make(chan struct{}, 50)
		var dialErrs atomic.Int64
		for i := 0; i < 1000; i++ {
			wg.Add(1)
			sem <- struct{}{}
			go func(i int) {
				defer wg.Done()
				defer func() { <-sem }()
				c, err := net.DialTimeout("tcp", h.addr, 2*time.Second)
				if err != nil {
					dialErrs.Add(1)
					return
				}
				io.WriteString(c, partial[i%len(partial)])
				c.Close()
			}(i)
		}
		wg.Wait()
		if dialErrs.Load() > 0 {
			t.Errorf("%d of 1000 connections could not be made", dialErrs.Load())
		}
		time.Sleep(200 * time.Millisecond)
		h.check(t)
	})

	t.Run("malformed requests", func(t *testing.T) {
		h := startHostile(t, bin)
		h.watch()
		bad := []string{
			"GARBAGE\r\n\r\n",
			"GET /\r\n\r\n",
			"GET / HTTP/9.9\r\nHost: x\r\n\r\n",
			"GET / HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n",
			"GET / HTTP/1.1\r\nHost: x\r\nBad Name: v\r\n\r\n",
			"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n",
			"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab",
			"GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: bogus\r\n\r\n",
			"GET / HTTP/1.1\r\n\r\n", // HTTP/1.1 without Host
		}
		for _, req := range bad {
			line, err := rawRequest(h.addr, req)
			if err != nil {
				t.Errorf("%q: %v", req, err)
				continue
			}
			if !strings.HasPrefix(line, "HTTP/1.1 400") && !strings.HasPrefix(line, "HTTP/1.1 505") &&
				!strings.HasPrefix(line, "HTTP/1.1 501") {
				t.Errorf("%q: answered %q, want 400", req, line)
			}
		}
		h.check(t)
	})

	t.Run("10 MB body", func(t *testing.T) {
		h := startHostile(t, bin)
		h.watch()
		body := bytes.Repeat([]byte("x"), 10<<20)
		resp, err := http.Post("http://"+h.addr+"/echo", "application/octet-stream", bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		msg, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 413 {
			t.Errorf("status %d, want 413", resp.StatusCode)
		}
		if want := "Maximum request body size 1048576 exceeded, actual body size 10485760"; string(msg) != want {
			t.Errorf("body %q, want %q", msg, want)
		}
		resp, err = http.Post("http://"+h.addr+"/echo", "text/plain", strings.NewReader("small"))
		if err != nil {
			t.Fatal(err)
		}
		msg, _ = io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || string(msg) != "5" {
			t.Errorf("small body: %d %q", resp.StatusCode, msg)
		}
		h.check(t)
	})

	t.Run("headers trickled", func(t *testing.T) {
		h := startHostile(t, bin)
		h.watch()
		c, err := net.Dial("tcp", h.addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		req := "GET / HTTP/1.1\r\nHost: x\r\nX-Slow: abcdefghijklmnopqrstuvwxyz\r\n\r\n"
		start := time.Now()
		closed := false
		for i := 0; i < len(req) && time.Since(start) < 10*time.Second; i++ {
			if _, err := c.Write([]byte{req[i]}); err != nil {
				closed = true
				break
			}
			// a byte a second, watching for the server closing meanwhile
			c.SetReadDeadline(time.Now().Add(time.Second))
			var b [64]byte
			n, err := c.Read(b[:])
			if n > 0 || err != nil && !isTimeout(err) {
				closed = true
				break
			}
		}
		elapsed := time.Since(start)
		if !closed {
			t.Fatalf("the server kept a connection trickling headers open for %v", elapsed)
		}
		if elapsed > 4*time.Second {
			t.Errorf("closed after %v, want about the 1 s header timeout", elapsed)
		}
		h.check(t)
	})
}

func isTimeout(err error) bool {
	ne, ok := err.(net.Error)
	return ok && ne.Timeout()
}
