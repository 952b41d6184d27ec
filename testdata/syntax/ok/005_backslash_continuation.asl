total = 1 + \
    2 + \
        3
if a and \
   b:
    pass
x = very_long_function_name(1) \
    .attribute \
    .method()
with open("a") as f, \
     open("b") as g:
    data = f.read() + g.read()
assert total > 0, \
    "total must be positive"
y = a \
    if b \
    else c
z = [i for i in items \
     if i \
     not in seen]
def g():
    return \
        42
value = not \
    flag
w = 1 if cond else \
    2
from os import \
    path
import os.path \
    as osp
