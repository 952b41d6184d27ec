// Package aiohttp is asl's aiohttp: the web server (aiohttp.web) and the
// client (aiohttp.ClientSession) of aiohttp 3.8, written in asl
// (client.asl, web*.asl) over Go's net/http (the private module _aiohttp).
// The server is net/http's Server, the client net/http's Client with one
// Transport per session: no HTTP parsing is written here.
package aiohttp

import (
	_ "embed"

	"github.com/asl-lang/asl/vm"
)

var (
	//go:embed helpers.asl
	helpersSrc string
	//go:embed client.asl
	clientSrc string
	//go:embed web_exceptions.asl
	webExceptionsSrc string
	//go:embed web_response.asl
	webResponseSrc string
	//go:embed web_request.asl
	webRequestSrc string
	//go:embed web_app.asl
	webAppSrc string
	//go:embed web_runner.asl
	webRunnerSrc string
	//go:embed package.asl
	packageSrc string
)

func init() {
	vm.RegisterSourceModule("aiohttp.helpers", helpersSrc)
	vm.RegisterSourceModule("aiohttp.client", clientSrc)
	vm.RegisterSourceModule("aiohttp.web", webResponseSrc+webExceptionsSrc+webRequestSrc+webAppSrc+webRunnerSrc)
	vm.RegisterSourceModule("aiohttp", packageSrc)
	vm.RegisterModule("_aiohttp", buildModule)
}

// modState is one program's _aiohttp module: its request class, servers
// and client sessions.
type modState struct {
	reqClass *vm.Class         // web.BaseRequest, what requests are made of
	clients  map[int64]*client // open client sessions by handle
	servers  map[int64]*server // started servers by handle
	nextID   int64             // the last handle given out
}

// buildModule makes one program's _aiohttp module.
func buildModule(t *vm.Thread) vm.Value {
	st := &modState{clients: map[int64]*client{}, servers: map[int64]*server{}}
	d := vm.NewDict().Dict()
	def := func(name string, fn vm.BuiltinFunc) { d.SetStr(name, vm.NewBuiltin(name, fn)) }
	def("set_request_class", func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		if len(a) == 1 {
			if c, ok := a[0].AsClass(); ok {
				st.reqClass = c
				return vm.None, nil
			}
		}
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "set_request_class(cls)")
	})
	def("serve", st.serve)
	def("server_addresses", st.serverAddresses)
	def("server_close", st.serverClose)
	def("respond", respond)
	def("start", startStream)
	def("write", writeStream)
	def("finish", finishStream)
	def("abort", abortRequest)
	for name, fn := range requestGetters {
		def(name, fn)
	}
	def("client_new", st.clientNew)
	def("client_close", st.clientClose)
	def("fetch", st.fetch)
	def("urlencode", urlencode)
	def("parse_qsl", parseQSL)
	def("quote", quote)
	def("unquote", unquote)
	def("unquote_query", unquoteQuery)
	def("reason", reasonPhrase)
	return vm.NewModule("_aiohttp", d)
}

// newID is a fresh handle for a server or a client.
func (st *modState) newID() int64 {
	st.nextID++
	return st.nextID
}

// argError is the TypeError of a private function called wrongly.
func argError(sig string) error { return vm.Errorf(vm.TypeErrorType, "%s", sig) }

// str reads a str argument.
func str(v vm.Value) (string, bool) {
	if v.Kind() == vm.KStr {
		return v.S(), true
	}
	return "", false
}

// intOf reads an int argument as int64.
func intOf(v vm.Value) (int64, bool) {
	if !vm.IsInt(v) {
		return 0, false
	}
	b, err := vm.IntArg(v)
	if err != nil || !b.IsInt64() {
		return 0, false
	}
	return b.Int64(), true
}
