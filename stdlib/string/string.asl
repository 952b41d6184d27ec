# asl's string module: the constants and capwords of _string, and Template.
from _string import *
from _string import capwords


def _is_ident_start(c):
    return c == "_" or ("a" <= c <= "z") or ("A" <= c <= "Z")


def _is_ident(c):
    return _is_ident_start(c) or ("0" <= c <= "9")


class Template:
    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _render(self, mapping, kws, safe):
        if mapping is None:
            values = kws
        elif kws:
            values = dict(mapping)
            values.update(kws)
        else:
            values = mapping
        s = self.template
        d = self.delimiter
        out = []
        i = 0
        n = len(s)
        while i < n:
            j = s.find(d, i)
            if j < 0:
                out.append(s[i:])
                break
            out.append(s[i:j])
            k = j + len(d)
            if s.startswith(d, k):
                out.append(d)
                i = k + len(d)
                continue
            name = None
            end = k
            if k < n and s[k] == "{":
                e = k + 1
                if e < n and _is_ident_start(s[e]):
                    e += 1
                    while e < n and _is_ident(s[e]):
                        e += 1
                    if e < n and s[e] == "}":
                        name = s[k + 1:e]
                        end = e + 1
            elif k < n and _is_ident_start(s[k]):
                e = k + 1
                while e < n and _is_ident(s[e]):
                    e += 1
                name = s[k:e]
                end = e
            if name is None:
                if safe:
                    out.append(d)
                    i = k
                    continue
                lines = s[:j].split("\n")
                raise ValueError("Invalid placeholder in string: line %d, col %d" % (len(lines), len(lines[-1]) + 1))
            if name in values:
                out.append(str(values[name]))
            elif safe:
                out.append(s[j:end])
            else:
                raise KeyError(name)
            i = end
        return "".join(out)

    def substitute(self, mapping=None, /, **kws):
        return self._render(mapping, kws, False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._render(mapping, kws, True)
