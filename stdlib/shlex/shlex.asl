# asl's shlex module: POSIX shell-like split, quote and join.

_SAFE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@%+=:,./-")


def split(s, comments=False, posix=True):
    if s is None:
        raise ValueError("s argument must not be None")
    tokens = []
    token = None
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch in " \t\r\n":
            if token is not None:
                tokens.append(token)
                token = None
            i += 1
        elif comments and ch == "#" and token is None:
            while i < n and s[i] != "\n":
                i += 1
        elif ch == "\\":
            if i + 1 >= n:
                raise ValueError("No escaped character")
            token = (token or "") + s[i + 1]
            i += 2
        elif ch == "'":
            end = s.find("'", i + 1)
            if end < 0:
                raise ValueError("No closing quotation")
            token = (token or "") + s[i + 1:end]
            i = end + 1
        elif ch == '"':
            i += 1
            part = ""
            while True:
                if i >= n:
                    raise ValueError("No closing quotation")
                c = s[i]
                if c == '"':
                    i += 1
                    break
                if c == "\\" and i + 1 < n and s[i + 1] in '\\"':
                    part += s[i + 1]
                    i += 2
                    continue
                part += c
                i += 1
            token = (token or "") + part
        else:
            token = (token or "") + ch
            i += 1
    if token is not None:
        tokens.append(token)
    return tokens


def quote(s):
    if not s:
        return "''"
    if all(c in _SAFE for c in s):
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    return " ".join(quote(arg) for arg in split_command)
