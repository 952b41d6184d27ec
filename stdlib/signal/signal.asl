"""Signal numbers (Linux), as CPython's signal module names them. asl
cannot install Python-level signal handlers: signal.signal() only accepts
SIG_DFL and SIG_IGN for SIGINT-free use and raises otherwise."""

from enum import IntEnum as _IntEnum

class Signals(_IntEnum):
    """The signals of Linux."""
    SIGHUP = 1
    SIGINT = 2
    SIGQUIT = 3
    SIGILL = 4
    SIGTRAP = 5
    SIGABRT = 6
    SIGBUS = 7
    SIGFPE = 8
    SIGKILL = 9
    SIGUSR1 = 10
    SIGSEGV = 11
    SIGUSR2 = 12
    SIGPIPE = 13
    SIGALRM = 14
    SIGTERM = 15
    SIGSTKFLT = 16
    SIGCHLD = 17
    SIGCONT = 18
    SIGSTOP = 19
    SIGTSTP = 20
    SIGTTIN = 21
    SIGTTOU = 22
    SIGURG = 23
    SIGXCPU = 24
    SIGXFSZ = 25
    SIGVTALRM = 26
    SIGPROF = 27
    SIGWINCH = 28
    SIGIO = 29
    SIGPWR = 30
    SIGSYS = 31
    SIGRTMIN = 34
    SIGRTMAX = 64


class Handlers(_IntEnum):
    """The default and ignore handlers."""
    SIG_DFL = 0
    SIG_IGN = 1


NSIG = 65
SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN

_names = {}
for _s in Signals:
    globals()[_s.name] = _s
    _names[int(_s)] = _s
del _s

_descriptions = {
    1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction',
    5: 'Trace/breakpoint trap', 6: 'Aborted', 7: 'Bus error',
    8: 'Floating point exception', 9: 'Killed', 10: 'User defined signal 1',
    11: 'Segmentation fault', 12: 'User defined signal 2', 13: 'Broken pipe',
    14: 'Alarm clock', 15: 'Terminated', 16: 'Stack fault', 17: 'Child exited',
    18: 'Continued', 19: 'Stopped (signal)', 20: 'Stopped', 21: 'Stopped (tty input)',
    22: 'Stopped (tty output)', 23: 'Urgent I/O condition', 24: 'CPU time limit exceeded',
    25: 'File size limit exceeded', 26: 'Virtual timer expired',
    27: 'Profiling timer expired', 28: 'Window changed', 29: 'I/O possible',
    30: 'Power failure', 31: 'Bad system call',
}


def strsignal(signalnum):
    """The description of a signal, or None."""
    signalnum = int(signalnum)
    if not 1 <= signalnum < NSIG:
        raise ValueError('signal number out of range')
    if signalnum in _descriptions:
        return _descriptions[signalnum]
    if 34 <= signalnum <= 64:
        return f'Real-time signal {signalnum - 34}'
    return None


def valid_signals():
    """The set of valid signal numbers."""
    return {_names.get(n, n) for n in range(1, NSIG) if n not in (32, 33)}


def getsignal(signalnum):
    """asl runs no Python-level signal handlers: the default handler."""
    return SIG_DFL


def signal(signalnum, handler):
    """Only the default handler can be set in asl."""
    if handler is not SIG_DFL and handler != 0:
        raise NotImplementedError('asl cannot install signal handlers')
    return SIG_DFL
