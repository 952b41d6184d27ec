import math
import operator as op

Symbol = str
Number = (int, float)


def tokenize(src: str) -> list[str]:
    return src.replace("(", " ( ").replace(")", " ) ").split()


def read_from(tokens: list[str]):
    if not tokens:
        raise SyntaxError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens[0] != ")":
            lst.append(read_from(tokens))
        tokens.pop(0)
        return lst
    elif tok == ")":
        raise SyntaxError("unexpected )")
    try:
        return int(tok)
    except ValueError:
        try:
            return float(tok)
        except ValueError:
            return Symbol(tok)


class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer

    def find(self, var):
        return self if var in self else self.outer.find(var)


def standard_env() -> Env:
    env = Env()
    env.update(vars(math))
    env.update({"+": op.add, "-": op.sub, "*": op.mul, "/": op.truediv,
                ">": op.gt, "<": op.lt, "=": op.eq, "list": lambda *x: list(x),
                "car": lambda x: x[0], "cdr": lambda x: x[1:]})
    return env


def evaluate(x, env):
    if isinstance(x, Symbol):
        return env.find(x)[x]
    elif isinstance(x, Number):
        return x
    op_, *args = x
    if op_ == "if":
        test, conseq, alt = args
        return evaluate(conseq if evaluate(test, env) else alt, env)
    elif op_ == "define":
        (symbol, exp) = args
        env[symbol] = evaluate(exp, env)
    elif op_ == "lambda":
        params, body = args
        return lambda *a: evaluate(body, Env(params, a, env))
    else:
        proc = evaluate(op_, env)
        return proc(*[evaluate(arg, env) for arg in args])
