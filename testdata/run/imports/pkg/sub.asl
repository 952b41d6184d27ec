print("loading pkg.sub", __name__, __package__)
from . import helper
from .helper import twice


def g(x):
    return twice(x) + helper.ONE
