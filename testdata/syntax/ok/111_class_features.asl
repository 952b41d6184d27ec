class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Container:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item}]"

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__()
        cls.options = kwargs

    def __len__(self):
        return 0

    def __contains__(self, item):
        return False

    def __iter__(self):
        yield from ()

    def __bool__(self):
        return True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None


class Table:
    columns = ["id", "name"]
    widths = {c: len(c) for c in columns}
    header = " | ".join(c.upper() for c in columns)
    rows = [[i, f"row{i}"] for i in range(3)]
    if len(columns) > 1:
        multi = True
    else:
        multi = False
    for _c in columns:
        pass
    del _c
    try:
        import json as _json
    except ImportError:
        _json = None
    lam = lambda self: self.columns
    def method(self): return self.header
