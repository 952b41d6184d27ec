print("loading mod_basic as", __name__)
X = 42
_hidden = "h"


def f(n):
    return n * X


class Thing:
    def __repr__(self):
        return "Thing()"
