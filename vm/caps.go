package vm

import "strings"

// Capability is a kind of effect outside the VM that a program may be
// denied: an embedder's interpreter grants none unless told to, while the
// asl command grants them all.
type Capability uint8

// The capabilities.
const (
	CapFiles     Capability = 1 << iota // opening files, os and os.path calls on the file system
	CapNetwork                          // connecting, listening, HTTP
	CapProcesses                        // starting subprocesses
	CapEnv                              // reading the environment (os.environ, os.getenv)
)

// AllCapabilities is every capability.
const AllCapabilities = CapFiles | CapNetwork | CapProcesses | CapEnv

var capNames = map[Capability]string{
	CapFiles: "file system", CapNetwork: "network", CapProcesses: "subprocess", CapEnv: "environment",
}

// Require returns the PermissionError for doing what (an operation's
// description) when t's program is denied c, or nil when it may.
func (t *Thread) Require(c Capability, what string) error {
	if t.Deny&c == 0 {
		return nil
	}
	var names []string
	for _, k := range []Capability{CapFiles, CapNetwork, CapProcesses, CapEnv} {
		if c&k != 0 {
			names = append(names, capNames[k])
		}
	}
	return Errorf(PermissionErrorType, "%s: this interpreter has no %s access", what, strings.Join(names, "/"))
}

// Guard wraps a built-in so that it first requires c (see Require).
func Guard(c Capability, what string, f BuiltinFunc) BuiltinFunc {
	return func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		if err := t.Require(c, what); err != nil {
			return Value{}, err
		}
		return f(t, a, kw)
	}
}
