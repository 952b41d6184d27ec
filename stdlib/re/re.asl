# asl's re module: Python's API over RE2 (the _re module).
import _re

# The flags in the order CPython's RegexFlag lists them.
_flag_order = [("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32), ("MULTILINE", 8),
               ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1), ("DEBUG", 128)]
_all_flags = 511


class RegexFlag(int):
    """The re flags: ints that print as re.IGNORECASE|re.MULTILINE."""

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        names = []
        for name, bit in _flag_order:
            if v & bit:
                names.append("re." + name)
                v &= ~bit
        if v:
            names.append(hex(v))
        return "|".join(names)

    __str__ = __repr__

    def __format__(self, spec):
        if spec == "":
            return repr(self)
        return format(int(self), spec)

    @property
    def name(self):
        if int(self) == 0:
            return "NOFLAG"
        return repr(self).replace("re.", "")

    @property
    def value(self):
        return int(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & _all_flags)


I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
A = ASCII = RegexFlag(256)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)
NOFLAG = RegexFlag(0)


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        if pos is not None:
            super().__init__("%s at position %d" % (msg, pos))
        else:
            super().__init__(msg)
        self.msg = msg
        self.pattern = pattern
        self.pos = pos


class Match:
    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._spans = spans
        # the group whose closing parenthesis was passed last
        last = None
        key = None
        for g in range(1, pattern.groups + 1):
            if spans[2 * g] >= 0:
                k = (spans[2 * g + 1], pattern._close[g])
                if key is None or k > key:
                    key = k
                    last = g
        self.lastindex = last
        self.lastgroup = None
        for name, g in pattern.groupindex.items():
            if g == last:
                self.lastgroup = name

    def _index(self, g):
        if isinstance(g, str):
            if g not in self.re.groupindex:
                raise IndexError("no such group")
            return self.re.groupindex[g]
        if not isinstance(g, int) or g < 0 or g > self.re.groups:
            raise IndexError("no such group")
        return g

    def span(self, group=0):
        g = self._index(group)
        return (self._spans[2 * g], self._spans[2 * g + 1])

    def start(self, group=0):
        return self.span(group)[0]

    def end(self, group=0):
        return self.span(group)[1]

    def _text(self, g, default=None):
        s, e = self.span(g)
        if s < 0:
            return default
        return self.string[s:e]

    def group(self, *groups):
        if not groups:
            return self._text(0)
        if len(groups) == 1:
            return self._text(groups[0])
        return tuple(self._text(g) for g in groups)

    def __getitem__(self, g):
        return self._text(g)

    def groups(self, default=None):
        return tuple(self._text(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._text(g, default) for name, g in self.re.groupindex.items()}

    def expand(self, template):
        return _expand(self.re, template)(self)

    def __bool__(self):
        return True

    def __repr__(self):
        return "<re.Match object; span=%r, match=%r>" % (self.span(), self.group())


def _expand(pattern, template):
    # A replacement template as a function of the match, parsed with
    # CPython's rules and error positions.
    parts = []
    literal = ""
    i = 0
    n = len(template)
    octal = "01234567"
    while i < n:
        c = template[i]
        if c != "\\":
            literal += c
            i += 1
            continue
        if i + 1 >= n:
            raise error("bad escape (end of pattern)", template, i)
        d = template[i + 1]
        g = None
        if d == "g":
            if i + 2 >= n or template[i + 2] != "<":
                raise error("missing <", template, i + 2)
            close = template.find(">", i + 3)
            if close < 0:
                if i + 3 >= n:
                    raise error("missing group name", template, i + 3)
                raise error("missing >, unterminated name", template, i + 3)
            name = template[i + 3:close]
            if not name:
                raise error("missing group name", template, i + 3)
            if name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name '%s'" % name)
                g = pattern.groupindex[name]
            else:
                if not name.isdigit():
                    raise error("bad character in group name %r" % name, template, i + 3)
                g = int(name)
                if g > pattern.groups:
                    raise error("invalid group reference %d" % g, template, i + 3)
            i = close + 1
        elif d == "0":
            j = i + 2
            while j < n and j < i + 4 and template[j] in octal:
                j += 1
            literal += chr(int(template[i + 1:j], 8) & 0xff)
            i = j
        elif d.isdigit():
            j = i + 2
            if j < n and template[j].isdigit():
                j += 1
                if d in octal and template[j - 1] in octal and j < n and template[j] in octal:
                    v = int(template[i + 1:j + 1], 8)
                    if v > 0o377:
                        raise error("octal escape value %s outside of range 0-0o377" % template[i:j + 1], template, i)
                    literal += chr(v)
                    i = j + 1
                    continue
            g = int(template[i + 1:j])
            if g > pattern.groups:
                raise error("invalid group reference %d" % g, template, i + 1)
            i = j
        else:
            escapes = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "b": "\b", "\\": "\\"}
            if d in escapes:
                literal += escapes[d]
            elif d.isascii() and d.isalpha():
                raise error("bad escape \\%s" % d, template, i)
            else:
                literal += "\\" + d
            i += 2
        if g is not None:
            parts.append(literal)
            parts.append(g)
            literal = ""
    parts.append(literal)

    def render(m):
        out = []
        for p in parts:
            if isinstance(p, int):
                out.append(m.group(p) or "")
            else:
                out.append(p)
        return "".join(out)
    return render


class Pattern:
    def __init__(self, pattern, flags):
        compiled = _re.compile(pattern, int(flags))
        if isinstance(compiled, str):
            raise error(compiled, pattern)
        self._h, self.groups, self.groupindex, flags, self._close = compiled
        flags = int(flags)
        self.pattern = pattern
        if not flags & ASCII:
            flags |= UNICODE
        self.flags = int(flags)

    def _find(self, string, pos, endpos, mode):
        _check(string)
        if endpos is None:
            endpos = len(string)
        spans = _re.find(self._h, string, pos, endpos, mode)
        if spans is None:
            return None
        return Match(self, string, pos, endpos, spans)

    def search(self, string, pos=0, endpos=None):
        return self._find(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=None):
        return self._find(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._find(string, pos, endpos, 2)

    def finditer(self, string, pos=0, endpos=None):
        _check(string)
        if endpos is None:
            endpos = len(string)
        for spans in _re.findall(self._h, string, pos, endpos):
            yield Match(self, string, pos, endpos, spans)

    def findall(self, string, pos=0, endpos=None):
        out = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group())
            elif self.groups == 1:
                out.append(m.group(1) or "")
            else:
                out.append(m.groups(""))
        return out

    def subn(self, repl, string, count=0):
        render = repl if callable(repl) else _expand(self, repl)
        out = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if count and n >= count:
                break
            s, e = m.span()
            out.append(string[last:s])
            out.append(render(m))
            last = e
            n += 1
        out.append(string[last:])
        return "".join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if maxsplit and n >= maxsplit:
                break
            s, e = m.span()
            out.append(string[last:s])
            out.extend(m.groups())
            last = e
            n += 1
        out.append(string[last:])
        return out

    def __eq__(self, other):
        return isinstance(other, Pattern) and self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __repr__(self):
        text = repr(self.pattern)[:200]
        flags = self.flags
        if flags & (LOCALE | UNICODE | ASCII) == UNICODE:
            flags &= ~UNICODE
        names = []
        for name, bit in _flag_names:
            if flags & bit:
                names.append("re." + name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        if not names:
            return "re.compile(%s)" % text
        return "re.compile(%s, %s)" % (text, "|".join(names))


_flag_names = [("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8), ("DOTALL", 16),
               ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128), ("ASCII", 256)]


def _check(string):
    if not isinstance(string, str):
        raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)


_cache = {}


def compile(pattern, flags=0):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        _cache[key] = p
    return p


def purge():
    _cache.clear()


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


_special = set("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    return "".join("\\" + c if c in _special else c for c in pattern)
