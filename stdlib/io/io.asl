# asl's io module: CPython's file classes over Go handles (the _io module).
# A handle is a callable: h(op, args...) runs one operation ("tread",
# "write", "seek"...) and raises ValueError once the file is closed.
import _io

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

try:
    class UnsupportedOperation(OSError, ValueError):
        pass
except TypeError:
    # without multiple inheritance it is an OSError only
    class UnsupportedOperation(OSError):
        pass


def _closed_check(f):
    if f._h("closed"):
        raise ValueError("I/O operation on closed file")


class IOBase:
    _h = None
    _r = False
    _w = False
    _s = False

    @property
    def closed(self):
        return self._h("closed")

    def close(self):
        if not self._h("closed"):
            self.flush()
        self._h("close")

    def readable(self):
        _closed_check(self)
        return self._r

    def writable(self):
        _closed_check(self)
        return self._w

    def seekable(self):
        _closed_check(self)
        return self._s

    def flush(self):
        self._h("check")

    def fileno(self):
        return self._h("fileno")

    def isatty(self):
        return self._h("isatty")

    def __enter__(self):
        self._h("check")
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._h("check")
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._h("check")
        for line in lines:
            self.write(line)

    def _need(self, ok, what):
        if not ok:
            self._h("check")
            raise UnsupportedOperation(what)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    encoding = None
    errors = None
    newlines = None


class _Buffered(BufferedIOBase):
    """What BufferedReader, BufferedWriter and BufferedRandom share."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        # asl opens files through open(); raw is a handle-backed file
        self._h = raw._h
        self._r = raw._r
        self._w = raw._w
        self._s = raw._s
        self.name = raw.name
        self.mode = raw.mode
        self.raw = raw

    def __repr__(self):
        return "<_io.%s name=%r>" % (type(self).__name__, self.name)

    def read(self, size=-1):
        self._need(self._r, "read")
        return self._h("read", size)

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._need(self._r, "read")
        return self._h("readline", size)

    def __next__(self):
        self._need(self._r, "read")
        line = self._h("readline", -1)
        if not line:
            raise StopIteration
        return line

    def write(self, b):
        self._need(self._w, "write")
        return self._h("write", b)

    def seek(self, pos, whence=0):
        if whence not in (0, 1, 2):
            self._h("check")
            raise ValueError("whence value %d unsupported" % whence)
        return self._h("seek", pos, whence)

    def tell(self):
        return self._h("tell")

    def truncate(self, pos=None):
        self._need(self._w, "truncate")
        return self._h("truncate", pos)


class BufferedReader(_Buffered):
    __module__ = "_io"


class BufferedWriter(_Buffered):
    __module__ = "_io"


class BufferedRandom(_Buffered):
    __module__ = "_io"


class FileIO(RawIOBase):
    __module__ = "_io"

    def __init__(self, file, mode="r"):
        kind, plus = _kind(mode)
        self._h = _io.open(file, kind, plus)
        self.name = file
        self.mode = _rawmode(kind, plus)
        self._r = kind == "r" or plus
        self._w = kind != "r" or plus
        self._s = True

    def __repr__(self):
        return "<_io.FileIO name=%r mode=%r closefd=True>" % (self.name, self.mode)

    def read(self, size=-1):
        self._need(self._r, "File not open for reading")
        return self._h("read", size)

    def readall(self):
        return self.read()

    def write(self, b):
        self._need(self._w, "File not open for writing")
        return self._h("write", b)

    def seek(self, pos, whence=0):
        return self._h("seek", pos, whence)

    def tell(self):
        return self._h("tell")

    def truncate(self, size=None):
        self._need(self._w, "File not open for writing")
        return self._h("truncate", size)


class TextIOWrapper(TextIOBase):
    __module__ = "_io"

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str or None, not %s"
                            % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %s" % newline)
        if encoding is None:
            encoding = "UTF-8"
        elif not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not %s"
                            % type(encoding).__name__)
        if errors is None:
            errors = "strict"
        elif not isinstance(errors, str):
            raise TypeError("TextIOWrapper() argument 'errors' must be str or None, not %s"
                            % type(errors).__name__)
        self._h = buffer._h
        self._h("text", encoding, errors, newline)
        self.buffer = buffer
        self.encoding = encoding
        self.errors = errors
        self.line_buffering = line_buffering
        self.write_through = write_through
        self._r = buffer._r
        self._w = buffer._w
        self._s = buffer._s

    @property
    def name(self):
        return self.buffer.name

    def __repr__(self):
        s = "<_io.TextIOWrapper"
        try:
            s += " name=%r" % (self.name,)
        except AttributeError:
            pass
        if "mode" in self.__dict__:
            s += " mode=%r" % (self.mode,)
        return s + " encoding=%r>" % (self.encoding,)

    def read(self, size=-1):
        self._need(self._r, "not readable")
        return self._h("tread", size)

    def readline(self, size=-1):
        self._need(self._r, "not readable")
        return self._h("treadline", size)

    def __next__(self):
        self._need(self._r, "not readable")
        line = self._h("treadline", -1)
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        self._need(self._w, "not writable")
        return self._h("twrite", s)

    def flush(self):
        self._h("flush")

    def seek(self, cookie, whence=0):
        self._h("check")
        if not self._s:
            raise UnsupportedOperation("underlying stream is not seekable")
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        elif whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
        elif whence != 0:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        elif cookie < 0:
            raise ValueError("negative seek position %d" % cookie)
        return self._h("seek", cookie, whence)

    def tell(self):
        self._h("check")
        if not self._s:
            raise UnsupportedOperation("underlying stream is not seekable")
        return self._h("tell")

    def truncate(self, pos=None):
        self._need(self._w, "truncate")
        return self._h("truncate", pos)

    def detach(self):
        b = self.buffer
        self._h = None
        return b


class StringIO(TextIOBase):
    __module__ = "_io"

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        self._h = _io.stringio(initial_value, newline)
        self._r = self._w = self._s = True
        self.line_buffering = False

    def getvalue(self):
        return self._h("getvalue")

    def read(self, size=-1):
        return self._h("read", size)

    def readline(self, size=-1):
        return self._h("readline", size)

    def __next__(self):
        line = self._h("readline", -1)
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        return self._h("write", s)

    def seek(self, pos, whence=0):
        return self._h("seek", pos, whence)

    def tell(self):
        return self._h("tell")

    def truncate(self, pos=None):
        return self._h("truncate", pos)

    def flush(self):
        pass


class BytesIO(BufferedIOBase):
    __module__ = "_io"

    def __init__(self, initial_bytes=b""):
        self._h = _io.bytesio(initial_bytes)
        self._r = self._w = self._s = True

    def getvalue(self):
        return self._h("getvalue")

    def readable(self):
        self._h("check")
        return True

    def writable(self):
        self._h("check")
        return True

    def seekable(self):
        self._h("check")
        return True

    def __iter__(self):
        return self

    def read(self, size=-1):
        return self._h("read", size)

    def read1(self, size=-1):
        return self._h("read", size)

    def readline(self, size=-1):
        return self._h("readline", size)

    def __next__(self):
        line = self._h("readline", -1)
        if not line:
            raise StopIteration
        return line

    def write(self, b):
        return self._h("write", b)

    def seek(self, pos, whence=0):
        if whence not in (0, 1, 2):
            self._h("check")
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._h("seek", pos, whence)

    def tell(self):
        return self._h("tell")

    def truncate(self, size=None):
        return self._h("truncate", size)


def _kind(mode):
    """The open kind (r w a x) and plus of a mode, with CPython's errors."""
    for i in range(len(mode)):
        c = mode[i]
        if c not in "xrwa+tb" or c in mode[i + 1:]:
            raise ValueError("invalid mode: '%s'" % mode)
    kinds = [c for c in "xrwa" if c in mode]
    if "t" in mode and "b" in mode:
        raise ValueError("can't have text and binary mode at once")
    if len(kinds) > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    return (kinds[0] if kinds else ""), "+" in mode


def _rawmode(kind, plus):
    """FileIO's mode string for an open kind."""
    if kind == "x":
        return "xb+" if plus else "xb"
    if kind == "a":
        return "ab+" if plus else "ab"
    if kind == "r" or plus:
        return "rb+" if plus else "rb"
    return "wb"


def _typecheck(name, v):
    if v is not None and not isinstance(v, str):
        raise TypeError("open() argument '%s' must be str or None, not %s" % (name, type(v).__name__))


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None):
    if not isinstance(file, (str, int)) or isinstance(file, bool):
        raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(file).__name__)
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % type(mode).__name__)
    if not isinstance(buffering, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(buffering).__name__)
    _typecheck("encoding", encoding)
    _typecheck("errors", errors)
    _typecheck("newline", newline)
    kind, plus = _kind(mode)
    binary = "b" in mode
    if binary:
        for name, v in (("an encoding", encoding), ("an errors", errors), ("a newline", newline)):
            if v is not None:
                raise ValueError("binary mode doesn't take %s argument" % name)
    if not kind:
        raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
    if newline not in (None, "", "\n", "\r", "\r\n"):
        raise ValueError("illegal newline value: %s" % newline)
    if buffering == 0 and not binary:
        raise ValueError("can't have unbuffered text I/O")
    raw = FileIO(file, mode.replace("t", "").replace("b", "") or "r")
    if plus:
        buf = BufferedRandom(raw)
    elif kind == "r":
        buf = BufferedReader(raw)
    else:
        buf = BufferedWriter(raw)
    if binary:
        return buf
    try:
        text = TextIOWrapper(buf, encoding, errors, newline, buffering == 1)
    except BaseException:
        raw.close()
        raise
    text.mode = mode
    return text


def _stdstream(h, name, mode):
    """sys.stdin, sys.stdout or sys.stderr over its Go handle h."""
    raw = FileIO.__new__(FileIO)
    raw._h = h
    raw.name = name
    raw.mode = mode + "b"
    raw._r = mode == "r"
    raw._w = mode == "w"
    raw._s = False
    if mode == "r":
        buf = BufferedReader(raw)
    else:
        buf = BufferedWriter(raw)
    text = TextIOWrapper(buf, "utf-8", "strict", None, mode == "w")
    text.mode = mode
    return text
