package asyncio

import (
	"errors"
	"os"
	"os/exec"
	"syscall"
	"unsafe"

	"github.com/asl-lang/asl/vm"
)

// Subprocesses on os/exec: the child's pipes are os.Pipe ends that become
// transports (pipe transports: one side only), and a goroutine waits for
// the child's exit and posts its return code to the loop.

// Standard stream choices of create_subprocess_*, as asyncio.subprocess
// has them.
const (
	pipeMode    = -1
	stdoutMode  = -2
	devnullMode = -3
)

// process is the Go state of a child process (asl's _ProcHandle).
type process struct {
	slot       vm.Value
	cmd        *exec.Cmd
	pid        int
	exited     bool
	returncode int
	waiters    []*future
	pipes      []*transport
}

// finished says whether the child has exited and its pipes are closed:
// CPython's transport is then done, and signalling raises
// ProcessLookupError.
func (p *process) finished() bool {
	if !p.exited {
		return false
	}
	for _, tr := range p.pipes {
		if !tr.lost {
			return false
		}
	}
	return true
}

// stdStream is one of the child's standard streams as the parent sets it
// up: the file the child gets, and the parent's end of a pipe.
type stdStream struct {
	child  *os.File // given to the child; closed in the parent after start
	parent *os.File // the parent's end of a pipe, or nil
	close  bool     // child is the parent's to close after start
}

// openStd sets up a standard stream of the child for mode (None: inherit
// std; PIPE; DEVNULL; STDOUT for stderr; or a file descriptor).
func openStd(mode vm.Value, std *os.File, read bool) (stdStream, error) {
	if mode.IsNone() {
		return stdStream{child: std}, nil
	}
	if !vm.IsInt(mode) {
		return stdStream{}, vm.Errorf(vm.TypeErrorType, "asl takes PIPE, DEVNULL, STDOUT, None or a file descriptor, not %s", vm.TypeName(mode))
	}
	switch m := mode.I(); {
	case m == pipeMode:
		r, w, err := os.Pipe()
		if err != nil {
			return stdStream{}, vm.OSErrorFrom(err)
		}
		if read { // the child reads: stdin
			return stdStream{child: r, parent: w, close: true}, nil
		}
		return stdStream{child: w, parent: r, close: true}, nil
	case m == devnullMode:
		f, err := os.OpenFile(os.DevNull, os.O_RDWR, 0)
		if err != nil {
			return stdStream{}, vm.OSErrorFrom(err)
		}
		return stdStream{child: f, close: true}, nil
	case m >= 0:
		return stdStream{child: os.NewFile(uintptr(m), "fd")}, nil
	}
	return stdStream{}, vm.Errorf(vm.ValueErrorType, "bad standard stream value %d", mode.I())
}

// spawn is _asyncio.spawn(loop, argv, stdin, stdout, stderr, cwd, env,
// protocols): start the child; the pipes it has get transports for the
// protocols (a 3-tuple, None where there is no pipe). It returns
// (handle, stdin_transport, stdout_transport, stderr_transport).
func (st *modState) spawn(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if err := t.Require(vm.CapProcesses, "create_subprocess"); err != nil {
		return vm.Value{}, err
	}
	if len(a) != 8 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "spawn(loop, argv, stdin, stdout, stderr, cwd, env, protocols)")
	}
	g, err := st.loopOf(t, a[0])
	if err != nil {
		return vm.Value{}, err
	}
	argvV, ok := vm.Seq(a[1])
	if !ok || len(argvV) == 0 {
		return vm.Value{}, vm.Errorf(vm.ValueErrorType, "empty command")
	}
	argv := make([]string, len(argvV))
	for i, v := range argvV {
		if v.Kind() != vm.KStr {
			if b, ok := vm.BytesOf(v); ok {
				argv[i] = string(b)
				continue
			}
			return vm.Value{}, vm.Errorf(vm.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", vm.TypeName(v))
		}
		argv[i] = v.S()
	}
	protos, _ := vm.Seq(a[7])
	if len(protos) != 3 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "spawn: protocols must be a 3-tuple")
	}
	in, err := openStd(a[2], os.Stdin, true)
	if err != nil {
		return vm.Value{}, err
	}
	out, err := openStd(a[3], os.Stdout, false)
	if err != nil {
		return vm.Value{}, err
	}
	var errs stdStream
	if vm.IsInt(a[4]) && a[4].I() == stdoutMode {
		errs = stdStream{child: out.child}
	} else if errs, err = openStd(a[4], os.Stderr, false); err != nil {
		return vm.Value{}, err
	}
	path := argv[0]
	if lp, err := exec.LookPath(argv[0]); err == nil {
		path = lp
	}
	cmd := &exec.Cmd{Path: path, Args: argv, Stdin: in.child, Stdout: out.child, Stderr: errs.child}
	if a[5].Kind() == vm.KStr {
		cmd.Dir = a[5].S()
	}
	if a[6].Kind() == vm.KDict {
		cmd.Env = []string{}
		a[6].Dict().Items(func(k, v vm.Value) bool {
			if k.Kind() == vm.KStr && v.Kind() == vm.KStr {
				cmd.Env = append(cmd.Env, k.S()+"="+v.S())
			}
			return true
		})
	}
	startErr := cmd.Start()
	for _, s := range []stdStream{in, out, errs} {
		if s.close && s.child != nil {
			s.child.Close()
		}
	}
	if startErr != nil {
		for _, s := range []stdStream{in, out, errs} {
			if s.parent != nil {
				s.parent.Close()
			}
		}
		return vm.Value{}, spawnError(startErr, argv[0])
	}
	p := &process{cmd: cmd, pid: cmd.Process.Pid}
	handle := vm.NewObject(st.procClass)
	vm.SetNativeIn(handle, unsafe.Pointer(p), &p.slot)
	result := []vm.Value{handle, vm.None, vm.None, vm.None}
	for i, s := range []stdStream{in, out, errs} {
		if s.parent == nil || protos[i].IsNone() {
			continue
		}
		tr, err := st.newTransport(g, protos[i])
		if err != nil {
			return vm.Value{}, err
		}
		if i == 0 {
			tr.w, tr.cw = s.parent, s.parent
			tr.raw, _ = s.parent.SyscallConn()
		} else {
			tr.r, tr.cr = s.parent, s.parent
		}
		tr.extra = map[string]vm.Value{"pipe": vm.None}
		tr.start(nil)
		p.pipes = append(p.pipes, tr)
		result[i+1] = tr.self
	}
	g.l.Go(func() any {
		err := cmd.Wait()
		return exitCode(cmd, err)
	}, func(r any) {
		p.exited, p.returncode = true, r.(int)
		for _, w := range p.waiters {
			if w.state == pending {
				_ = w.setResult(t, vm.Int(int64(p.returncode)))
			}
		}
		p.waiters = nil
	})
	return vm.NewTuple(result), nil
}

// exitCode is the return code CPython gives: the exit status, or minus
// the signal that ended the child.
func exitCode(cmd *exec.Cmd, err error) int {
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		return -1
	}
	ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus)
	if !ok {
		return cmd.ProcessState.ExitCode()
	}
	if ws.Signaled() {
		return -int(ws.Signal())
	}
	return ws.ExitStatus()
}

// spawnError is the OSError CPython raises when the child cannot start.
func spawnError(err error, name string) error {
	if errors.Is(err, exec.ErrNotFound) || errors.Is(err, os.ErrNotExist) {
		return vm.NewOSError(int(syscall.ENOENT), "No such file or directory", name)
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		return vm.OSErrorFrom(pe.Err, name)
	}
	return vm.OSErrorFrom(err, name)
}

// procMethods are the methods of _ProcHandle.
func (st *modState) procMethods() map[string]vm.BuiltinFunc {
	self := func(a []vm.Value) (*process, error) {
		if len(a) > 0 {
			if p := vm.Native(a[0]); p != nil {
				return (*process)(p), nil
			}
		}
		return nil, vm.Errorf(vm.TypeErrorType, "not a process")
	}
	return map[string]vm.BuiltinFunc{
		"pid": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			p, err := self(a)
			if err != nil {
				return vm.Value{}, err
			}
			return vm.Int(int64(p.pid)), nil
		},
		"returncode": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			p, err := self(a)
			if err != nil {
				return vm.Value{}, err
			}
			if !p.exited {
				return vm.None, nil
			}
			return vm.Int(int64(p.returncode)), nil
		},
		// wait(fut): fut gets the return code once the child has exited.
		"wait": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			p, err := self(a)
			if err != nil || len(a) != 2 {
				return vm.Value{}, err
			}
			f, err := st.futureOf(a[1])
			if err != nil {
				return vm.Value{}, err
			}
			if p.exited {
				_ = f.setResult(t, vm.Int(int64(p.returncode)))
			} else {
				p.waiters = append(p.waiters, f)
			}
			return vm.None, nil
		},
		"signal": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			p, err := self(a)
			if err != nil || len(a) != 2 {
				return vm.Value{}, err
			}
			if p.finished() {
				return vm.Value{}, vm.NewException(vm.ProcessLookupErrorType)
			}
			if p.exited {
				return vm.None, nil
			}
			if err := p.cmd.Process.Signal(syscall.Signal(a[1].I())); err != nil && !errors.Is(err, os.ErrProcessDone) {
				return vm.Value{}, vm.OSErrorFrom(err)
			}
			return vm.None, nil
		},
	}
}
