def process(items):
    results = []
    for item in items:
        try:
            try:
                v = 100 // item
            except ZeroDivisionError:
                results.append("div0")
                continue
            except TypeError:
                raise ValueError(f"bad item {item!r}")
            finally:
                results.append(f"done:{item!r}")
            results.append(v)
        except ValueError as e:
            results.append(f"outer:{e}")
    return results
print(process([5, 0, "x", 3]))
def deep(n):
    try:
        if n == 0:
            raise LookupError("bottom")
        return deep(n - 1)
    finally:
        print("unwind", n)
try:
    deep(3)
except LookupError as e:
    print("caught", e)
