def check(x):
    assert x
    assert x > 0, "x must be positive"
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    assert (x, "tuple is always truthy")
    assert x < 100, (
        "x too large"
    )


def fail():
    raise


def fail2():
    raise ValueError


def fail3(msg):
    raise ValueError(msg)


def fail4():
    try:
        int("x")
    except ValueError as exc:
        raise RuntimeError("bad") from exc


def fail5():
    raise KeyError("k") from None


def fail6(e):
    raise e.with_traceback(None) from e.__cause__


def fail7(cls):
    raise cls() if cls else TypeError()
