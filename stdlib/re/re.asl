# asl's re module: Python's API over RE2 (the _re module).
import _re

I = IGNORECASE = 2
L = LOCALE = 4
M = MULTILINE = 8
S = DOTALL = 16
U = UNICODE = 32
X = VERBOSE = 64
A = ASCII = 256
NOFLAG = 0


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
        last = None
        for g in range(1, pattern.groups + 1):
            if spans[2 * g] >= 0:
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
    # A replacement template as a function of the match.
    parts = []
    literal = ""
    i = 0
    n = len(template)
    while i < n:
        c = template[i]
        if c != "\\":
            literal += c
            i += 1
            continue
        if i + 1 >= n:
            raise error("bad escape (end of pattern)", template, i)
        d = template[i + 1]
        if d == "g":
            close = template.find(">", i + 2)
            if i + 2 >= n or template[i + 2] != "<" or close < 0:
                raise error("missing <", template, i + 2)
            name = template[i + 3:close]
            if name.isdigit():
                g = int(name)
                if g > pattern.groups:
                    raise error("invalid group reference %d" % g, template, i + 3)
            elif name in pattern.groupindex:
                g = pattern.groupindex[name]
            else:
                raise IndexError("unknown group name '%s'" % name)
            parts.append(literal)
            parts.append(g)
            literal = ""
            i = close + 1
        elif d.isdigit():
            j = i + 1
            while j < n and j < i + 3 and template[j].isdigit():
                j += 1
            g = int(template[i + 1:j])
            if g > pattern.groups:
                raise error("invalid group reference %d" % g, template, i + 1)
            parts.append(literal)
            parts.append(g)
            literal = ""
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
        compiled = _re.compile(pattern, flags)
        if isinstance(compiled, str):
            raise error(compiled, pattern)
        self._h, self.groups, self.groupindex = compiled
        self.pattern = pattern
        self.flags = flags | UNICODE

    def _find(self, string, pos, endpos, mode):
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
        return "re.compile(%r)" % (self.pattern,)


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
