import os
def f():
    pass
nonlocal x
