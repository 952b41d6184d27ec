class ParseError(Exception):
    pass
def tokenize(s):
    toks, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            toks.append(float(s[i:j]) if "." in s[i:j] else int(s[i:j]))
            i = j
        elif c.isalpha():
            j = i
            while j < len(s) and s[j].isalnum():
                j += 1
            toks.append(s[i:j])
            i = j
        elif s.startswith("**", i):
            toks.append("**")
            i += 2
        elif c in "+-*/%()^,":
            toks.append(c)
            i += 1
        else:
            raise ParseError(f"bad character {c!r} at {i}")
    return toks
class Parser:
    FUNCS = {"max": max, "min": min, "abs": abs}
    def __init__(self, text, env):
        self.toks = tokenize(text)
        self.pos = 0
        self.env = env
    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else None
    def take(self, expected=None):
        t = self.peek()
        if expected is not None and t != expected:
            raise ParseError(f"expected {expected!r}, got {t!r}")
        self.pos += 1
        return t
    def parse(self):
        v = self.expr()
        if self.peek() is not None:
            raise ParseError(f"unexpected {self.peek()!r}")
        return v
    def expr(self):
        v = self.term()
        while self.peek() in ("+", "-"):
            v = v + self.term() if self.take() == "+" else v - self.term()
        return v
    def term(self):
        v = self.unary()
        while self.peek() in ("*", "/", "%"):
            op = self.take()
            r = self.unary()
            v = v * r if op == "*" else v / r if op == "/" else v % r
        return v
    def unary(self):
        if self.peek() == "-":
            self.take()
            return -self.unary()
        return self.power()
    def power(self):
        base = self.atom()
        if self.peek() in ("**", "^"):
            self.take()
            return base ** self.unary()
        return base
    def atom(self):
        t = self.take()
        if isinstance(t, (int, float)):
            return t
        if t == "(":
            v = self.expr()
            self.take(")")
            return v
        if isinstance(t, str) and t.isalpha():
            if self.peek() == "(":
                self.take()
                args = [self.expr()]
                while self.peek() == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                return self.FUNCS[t](*args)
            if t not in self.env:
                raise NameError(f"name {t!r} is not defined")
            return self.env[t]
        raise ParseError(f"unexpected token {t!r}")
env = {"x": 3, "y": 4.5, "big": 2 ** 64}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ^ 2", "10 / 4", "10 % 4 + x * y",
            "max(1, x, 2) + abs(-7)", "big * big", "1.5 + .25", "((x))", "1 +", "2 * (3", "1 / 0", "z + 1", "3 $ 4"]:
    try:
        print(f"{src!r:28} = {Parser(src, env).parse()!r}")
    except (ParseError, ZeroDivisionError, NameError, KeyError) as e:
        print(f"{src!r:28} ! {type(e).__name__}: {e}")
