// Command goserver is the plain Go baseline of bench/http: net/http
// serving "Hello, async world" with aiohttp's headers, on the port given
// as the first argument.
package main

import (
	"log"
	"net/http"
	"os"
)

func main() {
	if len(os.Args) != 2 {
		log.Fatal("usage: goserver PORT")
	}
	body := []byte("Hello, async world")
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h["Content-Type"] = []string{"text/plain; charset=utf-8"}
		h["Server"] = []string{"Python/3.11 aiohttp/3.8.4"}
		w.Write(body)
	})
	log.Fatal(http.ListenAndServe("127.0.0.1:"+os.Args[1], nil))
}
