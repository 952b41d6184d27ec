// Command embed shows asl embedded in a Go program: Go exposes an async
// function that fetches a URL (from a local test server it starts), and
// an asl script gathers 100 calls to it, which run at once on their own
// goroutines while the script's event loop waits.
//
//	go run ./examples/embed
package main

import (
	"context"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"time"

	"github.com/asl-lang/asl"
)

const script = `
import asyncio

async def main(base):
    pages = await asyncio.gather(*(fetch(f"{base}/item/{i}") for i in range(100)))
    sizes = [len(p) for p in pages]
    return {"pages": len(pages), "bytes": sum(sizes), "first": pages[0]}
`

func main() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(50 * time.Millisecond) // a slow backend
		fmt.Fprintf(w, "page %s", r.URL.Path)
	}))
	defer srv.Close()

	in := asl.New(asl.Stdout(os.Stdout))
	fetch := asl.AsyncFunc(func(ctx context.Context, args []any, kw map[string]any) (any, error) {
		url, ok := args[0].(string)
		if !ok {
			return nil, fmt.Errorf("fetch takes a URL")
		}
		req, err := http.NewRequestWithContext(ctx, "GET", url, nil)
		if err != nil {
			return nil, err
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return nil, err
		}
		defer resp.Body.Close()
		body, err := io.ReadAll(resp.Body)
		return string(body), err
	})
	if err := in.Set("fetch", fetch); err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	if err := in.Exec(ctx, "fetcher.asl", script); err != nil {
		log.Fatal(err)
	}
	start := time.Now()
	result, err := in.Call(ctx, "main", srv.URL)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%v in %v (one call takes 50 ms)\n", result, time.Since(start).Round(10*time.Millisecond))
}
