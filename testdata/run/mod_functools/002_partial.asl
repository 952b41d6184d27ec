# functools.partial: frozen arguments, keywords, nesting, attributes, repr.
from functools import partial
import operator

def power(base, exp, mod=None):
    r = base ** exp
    return r % mod if mod else r

square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(5), cube(2), square(7, mod=10), square(3, exp=4))
print(square.func is power, square.args, square.keywords)

two_to = partial(power, 2)
print(two_to(10), two_to.args, two_to.keywords)

add5 = partial(operator.add, 5)
print(list(map(add5, [1, 2, 3])), add5(0))
print(repr(add5))
print(repr(partial(print, "a", sep="-")))
partial(print, "x", "y", sep="|")("z")

nested = partial(partial(power, 3), 4)
print(nested(), nested.args, nested.func is power)
kw = partial(partial(power, mod=7), exp=2)
print(kw(4), kw.keywords)

basetwo = partial(int, base=2)
print(basetwo("1011"), basetwo("111", base=10))
print(sorted(["b", "A", "c"], key=partial(str.lower)))

try:
    partial()
except TypeError as e:
    print("TypeError", e)
try:
    partial(42)
except TypeError as e:
    print("TypeError", e)
try:
    square()
except TypeError as e:
    print("TypeError")

class Greeter:
    def greet(self, greeting, name):
        return "%s, %s!" % (greeting, name)

g = Greeter()
hello = partial(g.greet, "Hello")
print(hello("Ann"), hello(name="Bob"))
handlers = {name: partial(print, "event:", name) for name in ["open", "close"]}
for name in sorted(handlers):
    handlers[name]()
print(isinstance(square, partial), callable(square))
class MyPartial(partial):
    pass
print(repr(MyPartial(operator.neg, 3)), MyPartial(operator.neg, 3)())
