# asl's string module: the constants and capwords of _string, Template and Formatter.
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


def _parse_format(s):
    # CPython's MarkupIterator: (literal, field_name, format_spec, conversion)
    out = []
    i = 0
    n = len(s)
    while i < n:
        start = i
        c = None
        while i < n:
            c = s[i]
            i += 1
            if c == "{" or c == "}":
                break
            c = None
        literal_end = i
        markup = c is not None
        if c == "}" and (i >= n or s[i] != "}"):
            raise ValueError("Single '}' encountered in format string")
        if c == "{" and i >= n:
            raise ValueError("Single '{' encountered in format string")
        if markup:
            if s[i] == c:
                i += 1
                markup = False
            else:
                literal_end -= 1
        literal = s[start:literal_end]
        if not markup:
            out.append((literal, None, None, None))
            continue
        name_start = i
        c = None
        while i < n:
            c = s[i]
            i += 1
            if c == "{":
                raise ValueError("unexpected '{' in field name")
            if c == "[":
                while i < n and s[i] != "]":
                    i += 1
                continue
            if c in "}:!":
                break
        name = s[name_start:i - 1] if c in "}:!" else s[name_start:i]
        conversion = None
        spec = ""
        if c == "!" or c == ":":
            closed = False
            if c == "!":
                if i >= n:
                    raise ValueError("end of string while looking for conversion specifier")
                conversion = s[i]
                i += 1
                if i < n:
                    c = s[i]
                    i += 1
                    if c == "}":
                        closed = True
                    elif c != ":":
                        raise ValueError("expected ':' after conversion specifier")
            if not closed:
                spec_start = i
                count = 1
                while i < n:
                    c = s[i]
                    i += 1
                    if c == "{":
                        count += 1
                    elif c == "}":
                        count -= 1
                        if count == 0:
                            break
                if count != 0:
                    raise ValueError("unmatched '{' in format spec")
                spec = s[spec_start:i - 1]
        elif c != "}":
            raise ValueError("expected '}' before end of string")
        out.append((literal, name, spec, conversion))
    return out


def _key(s):
    return int(s) if s.isdigit() else s


def _split_field_name(name):
    # "a.b[0]" -> ("a", [(True, "b"), (False, 0)])
    i = 0
    n = len(name)
    while i < n and name[i] not in ".[":
        i += 1
    first = _key(name[:i])
    rest = []
    while i < n:
        c = name[i]
        i += 1
        if c == ".":
            j = i
            while j < n and name[j] not in ".[":
                j += 1
            if j == i:
                raise ValueError("Empty attribute in format string")
            rest.append((True, name[i:j]))
            i = j
        elif c == "[":
            j = name.find("]", i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            if j == i:
                raise ValueError("Empty attribute in format string")
            rest.append((False, _key(name[i:j])))
            i = j + 1
            if i < n and name[i] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field specification to automatic field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field specification to automatic field numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                        recursion_depth - 1, auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier %s" % (conversion,))

    def parse(self, format_string):
        return iter(_parse_format(format_string))

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
