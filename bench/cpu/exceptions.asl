# Exceptions: try/except/else/finally in loops, raising and catching built-in
# and user-defined exceptions, exception hierarchies, re-raising, chaining.


class AppError(Exception):
    pass


class ParseError(AppError):
    def __init__(self, text, pos):
        super().__init__("bad input %r at %d" % (text, pos))
        self.pos = pos


def parse(text):
    if not text:
        raise AppError("empty")
    for i, ch in enumerate(text):
        if not ("0" <= ch <= "9"):
            raise ParseError(text, i)
    return int(text)


def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return -1


def lookup(d, key):
    try:
        return d[key]
    except KeyError as e:
        return len(e.args)
    finally:
        d["hits"] = d.get("hits", 0) + 1


def wrapped(x):
    try:
        try:
            if x % 5 == 0:
                raise ValueError(x)
            return x
        except ValueError as e:
            raise AppError("wrapped") from e
    except AppError as e:
        return e.__cause__.args[0] * 2


def run(n):
    inputs = ["123", "", "4x5", "77", "9", "abc", "1000"]
    d = {"a": 1, "b": 2}
    total = errors = 0
    for i in range(n):
        s = inputs[i % len(inputs)]
        try:
            v = parse(s)
        except ParseError as e:
            errors += 1
            total += e.pos
        except AppError:
            errors += 2
        else:
            total += v
        finally:
            total += 1
        total += safe_div(i, i % 4)
        total += lookup(d, "abc"[i % 3])
        total += wrapped(i)
        try:
            [1, 2, 3][i % 5]
        except IndexError:
            total -= 1
    return total, errors, d["hits"]


print("exceptions", run(1_000_000))
