def compute(a, b):
    total = a \
+ b
    if total > 10 \
            and a:
        result = \
            "big"
    elif total \
        < 0:
        result = "negative"
    else \
        :
        result = "small"
    return \
result


x = [1,
     2, \
     3]
value = 1 if x \
    else 2
items = [i for i \
         in range(10) \
         if i % 2]
from os \
    import path
import sys \
    , os
with open("f") \
        as fh:
    pass
for k \
        in x:
    pass
y = not \
    x
z = x[0] \
    .bit_length()
lambda_ = lambda \
    a: a
