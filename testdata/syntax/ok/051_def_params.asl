def no_args():
    pass


def positional(a, b, c):
    pass


def defaults(a, b=1, c="x"):
    pass


def pos_only(a, b, /, c):
    pass


def pos_only_defaults(a, b=2, /, c=3):
    pass


def pos_only_only(a, /):
    pass


def star_args(*args):
    pass


def kw_only(*, key):
    pass


def kw_only_defaults(*, key=1, other):
    pass


def kwargs(**kwargs):
    pass


def everything(a, b=1, /, c=2, *args, d, e=3, **kwargs):
    pass


def everything2(a, /, b, *, c, d=4, **kw):
    pass


def trailing_comma(a, b,):
    pass


def trailing_kwargs(a, **kw,):
    pass


def trailing_star(*args,):
    pass


def multiline(
    a,
    b=2,
    /,
    *,
    c,
):
    pass
