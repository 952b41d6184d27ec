def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    else:
        if n % 2 == 0:
            kind = "even"
        else:
            kind = "odd"
        return kind


class Counter:
  def __init__(self):
      self.n = 0

  def bump(self):
        self.n += 1
        return self.n


for i in range(3):
    print(classify(i))
print(Counter().bump())
# leading comment
#!not a shebang, just a comment

import os  # trailing comment after import


def decorate(f):  # comment after def header
    # comment at body start
    return f
        # comment at odd indentation (deeper)
  # comment at odd indentation (shallower)


@decorate
# comment between decorator and def
def handler(
    path,  # the path
    # a comment on its own line inside params
    mode="r",  # default mode
):  # after the closing paren
    items = [
        1,  # one
        # nothing here
        2,
    ]  # done
    mapping = {  # open brace
        "a": 1,  # a
    # weird indentation comment
                "b": 2,
    }
    if path:
        pass
    # comment between if body and else
    else:
        return None
    return os.path.join(path, mode), items, mapping
# final comment without anything after
def f(x):
    y = x + 1
    
  
    return y
	

class A:
    a = 1   
        
    b = 2

   
z = f(2)  
result = compute(1,
          2,
                    3,
   4)
values = [
1, 2,
        3,
  4
]
table = {'a':
             1,
   'b': 2}
total = (first_value
    + second_value
            - third_value
  * fourth_value)
call(
)
nested = ([
    {1,
  2},
        (3,
4)],
)
def f(a,
        b,
  c=3):
    return (a +
        b +
            c)
if (x and
  y):
    pass
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
import os; import sys
a = 1; b = 2; c = a + b
if a: x = 1; y = 2
else: x = 3; y = 4;
while False: pass; break
for i in range(3): print(i); continue
def f(): return 1;
class C: pass; z = 1
try: risky()
except ValueError: handle(); log()
finally: cleanup(); done = True
print(a); print(b);
with ctx() as m: m.run(); m.stop()
def greet(name):
    """Say hello."""
    return "hello " + name


if __name__ == "__main__":
    print(greet("world"))
# CRLF file
import sys


def main(argv):
    total = 0
    for arg in argv[1:]:
        total += int(arg)
    doc = """line one
line two"""
    return (total,
            doc)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
class Point:
    """A point."""

    def __init__(self, x, y):
        self.x = x; self.y = y

    def norm(self):
        return (self.x ** 2 + \
                self.y ** 2) ** 0.5


p = Point(3,
          4)
print(p.norm())
class Stack:
	def __init__(self):
		self.items = []

	def push(self, item):
		self.items.append(item)
		if len(self.items) > 10:
			raise OverflowError("full")

	def pop(self):
		if not self.items:
			return None
		return self.items.pop()


def main():
	s = Stack()
	for i in range(5):
		s.push(i)
	while (v := s.pop()) is not None:
		print(v)
def process(rows):
	for row in rows:
	    if row:
	        total = sum(row)
	        print(total)
	    else:
	        print("empty")
	return len(rows)


class Config:
	def get(self, key):
	  try:
	    return self.data[key]
	  except KeyError:
	    return None
import os

def first():
    return 1


def second():
    return 2
zero = 0
zeros = 00
zero_sep = 0_0
many_zeros = 0000
dec = 1234567890
dec_sep = 1_000_000
hex_lower = 0xdeadbeef
hex_upper = 0XDEADBEEF
hex_sep = 0x_ff_ff
octal = 0o755
octal_upper = 0O17
binary = 0b1010
binary_upper = 0B1111_0000
big = 123456789012345678901234567890
bigger = 0xffffffffffffffffffffffffffffffff
max_u64 = 18446744073709551615
over_u64 = 18446744073709551616
max_i64 = 9223372036854775807
over_i64 = 9223372036854775808
neg = -9223372036854775808
huge = 10 ** 100
mask = 0b1111111111111111111111111111111111111111111111111111111111111111111
a = 1.5
b = .5
c = 5.
d = 1e-3
e = 1E10
f = 1_000.0_1
g = 1e400
h = 1e+5
i = 0.0
j = 00.5
k = 1_0e1_0
l = 3.141592653589793238462643383279
m = 1.7976931348623157e308
n = 5e-324
o = 2.2250738585072014e-308
p = 0e0
q = 007.5
r = 1.e5
s = .5e-2
t = 9999999999999999999.0
a = 1j
b = 1.5J
c = 1e3j
d = 0j
e = .5j
f = 5.j
g = 1_0j
h = 1e400j
z = 3 + 4j
w = -2.5j
v = 00j
u = 1E-3J
t = (1+2j) * (3-4J)
neg_one = -1
pos_one = +1
double_neg = - -1
inverted = ~0
neg_float = -1.5
neg_hex = -0xff
neg_pow = -2 ** 2
pow_neg = 2 ** -1
paren_neg = (-2) ** 2
nested = -(-(-3))
chain = not -1
mixed = -+~-1
attr = 1 .real
attr2 = 1.0.real
attr3 = 0x10.bit_length()
call = (1).to_bytes(2, "big")
a = 'single'
b = "double"
c = '''triple
single'''
d = """triple
double"""
e = ''
f = ""
g = ''''''
h = """"""
i = 'it\'s'
j = "say \"hi\""
k = "it's"
l = 'say "hi"'
m = """contains "quotes" and 'apostrophes' and "" pairs"""
n = '''ends with quote"'''
o = """ends with escaped quote\""""
p = '''a ' b '' c'''
a = r'raw\n'
b = R"RAW\t"
c = b'bytes'
d = B"BYTES"
e = u'unicode'
f = U"UNICODE"
g = f'{a}'
h = F"{b}"
i = rb'\x00'
j = Rb'\d'
k = bR'\w'
l = BR"\s"
m = br'\\'
n = rB'x'
o = Br'y'
p = fr'{a}\n'
q = Rf'{b}\t'
r = rF"{c}"
s = FR'{d}\d'
t = fR"{e}"
u = Fr'{f}'
v = RF'{g}'
w = rf'''{h}
\n'''
x = b'''multi
line bytes'''
y = u"""unicode
triple"""
z = R'''raw triple \n'''
newline = "a\nb"
tab = 'a\tb'
backslash = "a\\b"
single = '\''
double = "\""
hex_esc = "\x41\x7e\xff"
unicode_esc = "\u00e9\u4e2d"
long_unicode = "\U0001F600\U00000041"
named = "\N{EM DASH}\N{EN DASH}\N{HYPHEN}"
named2 = "\N{BULLET} item"
named3 = "\N{LATIN SMALL LETTER E WITH ACUTE}"
octal0 = "\0"
octal3 = "\123"
octal2 = "\12x"
octal_max = "\377"
bell = "\a\b\f\r\v"
unknown = "\d\w\s"
unknown_q = "\q \% \["
bytes_esc = b"\x00\xff\n\t\\"
bytes_oct = b"\0\123\777"[:1]
bytes_unknown = b"\d\u1234\N{DASH}"
mixed = 'tab:\t, nl:\n, bs:\\, q:\', dq:\"'
cr = "\r\n"
a = "first \
second"
b = 'no\
space'
c = """triple \
continued
and newline kept"""
d = b"bytes \
continued"
e = r"raw keeps \
backslash"
f = f"fstring {a} \
continued"
g = '''escape at end \\
real newline'''
import re
pattern = re.compile(r"^\d+\.\d*$")
windows = r"C:\Users\name\Documents"
regex = r'(\w+)@(\w+)\.com'
raw_quote = r"\""
raw_single = r'\''
raw_bs = r"\\"
raw_trip = r"""a\nb\
c"""
raw_bytes = rb"\x00\n"
latex = R"\frac{1}{2} \alpha"
sql = r'''SELECT * FROM t WHERE name LIKE '%\_%' '''
match = re.match(r"(?P<year>\d{4})-(?P<month>\d{2})", "2024-01")
a = "hello" " " "world"
b = ('first line\n'
     "second line\n"
     '''third line\n'''
     """fourth""")
c = b"abc" b'def'
d = "plain " f"{a} formatted " "plain again"
e = (f"{b}"
     f'{c!r}'
     'tail')
f = u"kind " "marker"
g = "no kind " u"later"
h = r"raw\d" "cooked\t"
i = (
    "a"
    # comment between parts
    "b"
)
j = "x" \
    "y"
k = call("one"
         "two", "three")
l = f"" ""
m = "" f"{x}" ""
n = f"{x}" f"{y}"
o = u"" u""
greeting = "héllo wörld"
chinese = "你好,世界"
emoji = "🎉🐍✨"
mixed = f"{greeting} → {emoji}"
arabic = 'مرحبا'
greek = """αβγδε
ζηθ"""
combining = "e\u0301"
zwj = "👨‍👩‍👧"
math = "∀x ∈ ℝ: x² ≥ 0"
rtl_bytes = "שָׁלוֹם".encode("utf-8")
box = '┌─┐│└┘'
name = "world"
count = 3
a = f"hello {name}"
b = f'{count} items'
c = f"{name!r} {name!s} {name!a}"
d = f"{{literal braces}}"
e = f"{{{name}}}"
f = f"}} and {{"
g = f"only literal text"
h = f""
i = F''
j = f"{name}{count}{name}"
k = f"{ name }"
l = f"{count + 1}"
m = f"{count * 2 - 1:d}"
n = f"{{}}"
o = f"{name}}}"
value = 1234.5678
n = 1234567
s = "text"
a = f"{s:>10}"
b = f"{value:.2f}"
c = f"{n:,d}"
d = f"{value:08.3f}"
e = f"{n:x}"
g = f"{0.25:%}"
h = f"{n:_}"
i = f"{n:#o}"
j = f"{s:<10}|{s:^10}|{s:*^12}"
k = f"{n:+d} {n: d} {n:#x} {n:#b}"
l = f"{value:e} {value:G} {value:.3%}"
m = f"{n:010,}"
o = f"{value:10.4}"
p = f"{s!r:>20}"
q = f"{s!s:}"
r = f"{value:}"
t = f"{n:=+8}"
x = 3.14159
w = 10
p = 3
fill = "*"
a = f"{x:{w}.{p}f}"
b = f"{x:{w}}"
c = f"{x:>{w}}"
d = f"{x:{fill}^{w}.{p}}"
e = f"{x:{'>' if w > 5 else '<'}{w}}"
f = f"[{x!r:{w}}]"
g = f"{x:{w}.{p}f} and {x:.{p}e}"
h = f"{'nested':{w}s}"
rows = [f"{i:>{w}}|{i * x:{w}.{p}f}" for i in range(3)]
x = 42
name = "asl"
a = f"{x=}"
b = f"{x = }"
c = f"{x=!r:>10}"
d = f"{x=:.3}"
e = f"{name=!s}"
f = f"{x + 1=}"
g = f"{x=}{name=}"
h = f"{ x = !a}"
i = f"before {x=} after"
j = f"{name.upper()=}"
k = f"{x=:#x}"
l = f"{x  =  :>5}"
data = {"a": 1, "b": 2}
items = [1, 2, 3]
flag = True
a = f"{data['a']}"
b = f'{data["b"]}'
c = f"{items[0]} {items[-1]} {items[1:]}"
d = f"{len(items)} {sum(items)}"
e = f"{(lambda v: v * 2)(3)}"
g = f"{'yes' if flag else 'no'}"
h = f"{ {'k': 1}['k'] }"
i = f"{[x * 2 for x in items]}"
j = f"{ {x for x in items} }"
k = f"{(1, 2)}"
l = f"{items!r:>30}"
m = f"{','.join(str(i) for i in items)}"
n = f"{data.get('c', 'missing')}"
o = f"{(x := 10)}"
p = f"{not flag}"
q = f"{-1} {+items[0]} {~2}"
r = f"{3 if flag else 4:>4}"
s = f"{'a' 'b'}"
t = f"{items[0]:{items[1]}}"
user = {"name": "Ada", "age": 36}
report = f"""
Name: {user['name']}
Age:  {user['age']:>3}
Next: {user['age'] + 1}
"""
report2 = f'''{
    user["name"]
}: {
    user["age"]
}'''
sql = rf"""
SELECT *
FROM {user['name']}\table
WHERE x LIKE '\d'
"""
msg = (
    f"User {user['name']} "
    f"is {user['age']} years old, "
    "which is "
    f"{'old' if user['age'] > 30 else 'young'}"
)
html = f"""<div class="{user['name'].lower()}">
  {'<b>adult</b>' if user["age"] >= 18 else ''}
</div>"""
width = 8
value = 3.5
name = "inner"
a = f"{f'{name}'}"
b = f"""outer {f'middle {f"{name}"}'}"""
c = f'''{f"""{value:{width}}"""}'''
d = f"{f'{value:.{2}f}':>{width}}"
e = rf"{name}\n{fr'{value}'}"
g = f"{'{'}{'}'}"
h = f"{','.join([f'{i:02d}' for i in range(3)])}"
i = f"{ {'a': f'{name!r}'}['a'] }"
folder = "docs"
pattern = "*.txt"
a = rf"C:\{folder}\{pattern}"
b = fr"\d+{folder}\s*"
c = Rf"\t{folder!r}"
d = rF'\n{pattern:>10}'
e = FR"{{\w}}{folder}"
f = fR'''multi
\line {folder}
'''
g = rf"{folder=}\x"
h = Fr"" rf'' fr"{folder}"
a = b = c = 0
x = y = [1, 2, 3]
first, second = second, first
(p, q) = 1, 2
[r, s] = (3, 4)
t, = [5]
(u,) = (6,)
[v] = [7]
head, *tail = range(10)
*init, last = "abcdef"
first, *middle, last = 1, 2, 3, 4, 5
[*everything] = items
(*rest,) = items
a, (b, c), [d, *e] = 1, (2, 3), [4, 5, 6]
((deep, er), est) = ((1, 2), 3)
obj.attr = 1
obj.inner.value = obj.attr = 2
items[0] = items[-1]
matrix[i][j] = 0
grid[1:3] = [9, 9]
grid[::2] = grid[1::2]
grid[:] = []
cache[key, other] = value
obj.items[0].name, grid[0] = "x", "y"
a = b, c = d = 1, 2
for_target = [i for i in range(3)]
total = 0
total += 1
total -= 2
total *= 3
total /= 4
total //= 5
total %= 6
total **= 7
flags = 0
flags &= 0xff
flags |= 0b1
flags ^= 0o7
flags <<= 2
flags >>= 1
matrix @= other
obj.count += 1
obj.data[0] -= step
items[i:j] += [1]
counts[key] = counts.get(key, 0) + 1
counts[key] += 1
self.x *= -1
(total) += 1
total += yield_value if cond else 0
from typing import Optional, ClassVar
x: int
y: int = 1
(z): int = 1
(w): str
name: Optional[str] = None
values: list[int] = []
mapping: dict[str, list[tuple[int, ...]]] = {}
a = [0]
a[0]: int
a[0]: int = 5
obj.attr: float = 0.0
callback: "Callable[[int], str]"
pair: tuple[int, str] = 1, "a"
star: tuple = *a, 1


class Model:
    count: ClassVar[int] = 0
    name: str
    tags: list[str] = []

    def __init__(self) -> None:
        self.a: int = 0
        self.b: str
        self.c: dict = {}
        local: int = 3
        (local2): int = 4


def f():
    result: int | None = None
    buf: bytes
    return result
a = b = c = 1
del a
del b, c
del (a)
del (a, b)
del [a, b]
del obj.attr
del obj.inner.deeper
del items[0]
del items[1:3]
del items[::2]
del mapping["key"], mapping[other]
del grid[0][1]
del a, obj.x, items[0]
del (a, [b, c])
del a,
def cleanup(cache):
    del cache[:]
    del cache
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    else:
        return "F"


def sign(x):
    if x > 0: return 1
    elif x < 0: return -1
    else: return 0


if True:
    pass

if a:
    if b:
        pass
    else:
        pass
elif c:
    pass

if x:
    pass
else:
    if y:
        pass
    elif z:
        pass
def find(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            break
        i += 1
    else:
        return -1
    return i


def countdown(n):
    while n:
        n -= 1
        if n % 2:
            continue
        print(n)


while True:
    line = input()
    if not line:
        break

while (chunk := read()) != b"":
    process(chunk)
else:
    finish()

while 1: pass
for i in range(10):
    if i == 5:
        break
else:
    print("no break")

for key, value in mapping.items():
    print(key, value)

for (a, b), c in pairs:
    pass

for first, *rest in rows:
    print(first, rest)

for *init, last in rows:
    pass

for [x, y] in points:
    pass

for obj.attr in values:
    pass

for items[0] in values:
    pass

for i, in singles:
    pass

for x in 1, 2, 3:
    continue

for x in *a, *b:
    pass

for n in range(3):
    for m in range(3):
        if n == m:
            continue
        print(n, m)
    else:
        pass
else:
    pass
def bare():
    return


def none():
    return None


def single():
    return 1


def tup():
    return 1, 2


def paren_tup():
    return (1, 2)


def starred(a, b):
    return *a, b


def starred2(a, b):
    return *a, *b


def trailing():
    return 1,


def expr(x):
    return x if x else -x


def walrus(x):
    return (y := x + 1)


def lam():
    return lambda: 0


def nothing():
    if True:
        return
    return not None
counter = 0
registry = {}


def increment():
    global counter
    counter += 1
    return counter


def register(name, obj):
    global registry, counter
    registry[name] = obj
    counter = len(registry)


def make_counter():
    count = 0
    total = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count, total
        total += count
        count = 0

    return inc, reset


def outer():
    x = 1

    def middle():
        def inner():
            nonlocal x
            x = 2
        inner()
    middle()
    return x
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
try:
    risky()
except:
    pass

try:
    risky()
except ValueError:
    handle()

try:
    risky()
except ValueError as e:
    log(e)

try:
    risky()
except (KeyError, IndexError) as e:
    log(e)

try:
    risky()
except (TypeError, ValueError):
    pass

try:
    risky()
finally:
    cleanup()

try:
    risky()
except ValueError:
    pass
else:
    success()

try:
    risky()
except ValueError:
    pass
else:
    success()
finally:
    cleanup()
def load(path):
    try:
        f = open(path)
    except FileNotFoundError:
        return None
    except PermissionError as err:
        raise RuntimeError(path) from err
    except (IsADirectoryError, NotADirectoryError) as err:
        log(err)
        return None
    except OSError:
        raise
    except Exception as e:
        print(type(e))
        raise
    except:
        raise
    else:
        try:
            return f.read()
        finally:
            f.close()
    finally:
        print("attempted", path)


def nested():
    try:
        try:
            a()
        except A:
            b()
        finally:
            c()
    except B as b_err:
        try:
            d()
        except C:
            pass
        else:
            e()
    else:
        pass


try: x = 1
except E: x = 2
else: x = 3
finally: x = 4

try:
    pass
except mod.Error as e:
    pass
except get_error_class() as e:
    pass
except errors[0]:
    pass
async def run_all(tasks):
    try:
        async with asyncio.TaskGroup() as tg:
            for t in tasks:
                tg.create_task(t)
    except* ValueError as eg:
        for exc in eg.exceptions:
            print("value error", exc)
    except* (TypeError, KeyError) as eg:
        print("type/key", eg)
    except* OSError:
        pass
    else:
        print("ok")
    finally:
        print("done")
with open("a") as f:
    data = f.read()

with lock:
    counter += 1

with open("a") as f, open("b") as g:
    g.write(f.read())

with a as x, b, c as y:
    pass

with ctx() as (first, second):
    pass

with ctx() as [first, *rest]:
    pass

with ctx() as self.resource:
    pass

with ctx() as items[0]:
    pass

with (a as b, c as d):
    pass

with (
    open("in") as src,
    open("out", "w") as dst,
):
    dst.write(src.read())

with (a, b):
    pass

with (a):
    pass

with (a) as b:
    pass

with (a, b) as c:
    pass

with (open("x")):
    pass

with (
    manager(),
    other_manager() as om,
    third,
):
    pass

with make() as m, (other) as o:
    pass
import asyncio


async def fetch(session, url):
    async with session.get(url) as response:
        return await response.text()


async def transfer(pool):
    async with pool.acquire() as conn, conn.transaction():
        await conn.execute("UPDATE t SET x = 1")


async def locked(lock, sem):
    async with lock, sem:
        await asyncio.sleep(0)


async def grouped():
    async with (
        asyncio.timeout(5) as cm,
        asyncio.TaskGroup() as tg,
    ):
        tg.create_task(asyncio.sleep(1))
    return cm


async def targets(ctx):
    async with ctx() as (a, b):
        pass
    async with ctx() as self.conn:
        pass
    async with (ctx() as x, ctx() as y):
        return x, y
import os
import os.path
import a.b.c
import a.b.c as abc
import os as operating_system, sys
import json, re, collections.abc
from os import path
from os import path as p, sep
from os.path import (join, split)
from os.path import (
    join,
    split as sp,
    exists,
)
from . import sibling
from .. import parent
from ... import grandparent
from .mod import thing
from ..pkg.mod import (a, b as c,)
from .... import deep
from .a.b import c as d
from ...... import very_deep
from m import *
from .m import *
from __future__ import annotations
import match, case
"""Module docstring.

Spans multiple lines.
"""

'''second string is just an expression'''


def documented(x):
    """Return x unchanged."""
    return x


def raw_doc():
    r"""Raw docstring with \n backslash."""


def bytes_not_doc():
    b"not a docstring"
    return 1


class Documented:
    '''Class docstring.'''

    attr = 1

    def method(self):
        """
        Indented docstring
            with more indentation
        """
        pass


def fdoc():
    f"""not really a docstring {1}"""


async def adoc():
    "single-quoted async docstring"
    await something()
42
"string expression"
None
...
x
x.attr
f()
f(x)(y)
obj.method().other()
a + b
a if b else c
lambda: 0
[1, 2, 3]
{1: 2}
{1, 2}
(1, 2)
1, 2
(yield_ := 3)
await_ = 1
-x
not x
x < y
x[0]
x[1:2]
*a, b
class Empty:
    pass


def stub():
    pass


def loop(items):
    for item in items:
        if item is None:
            continue
        if item < 0:
            break
        pass
    while True:
        try:
            break
        finally:
            pass
    while items:
        try:
            items.pop()
            continue
        except IndexError:
            break


if True: pass
for _ in []: break
while 0: continue
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
from typing import Any, Callable


def simple(a: int, b: str = "x") -> bool:
    return True


def full(
    a: int,
    b: float = 1.0,
    /,
    c: "str" = "c",
    *args: Any,
    d: list[int],
    e: dict[str, int] = {},
    **kwargs: object,
) -> tuple[int, ...]:
    return (a,)


def star_only(*, key: int = 0) -> None:
    pass


def returns_callable() -> Callable[[int], int]:
    return lambda x: x


def union(x: int | str | None = None) -> int | None:
    return None


def nested_default(x: int = (1 + 2) * 3, y: list = [1, 2]) -> "Forward":
    pass


def complex_ann(cb: Callable[..., Any], *rest: tuple[int, str]) -> dict[str, Callable[[], None]]:
    pass
identity = lambda x: x
const = lambda: 42
add = lambda a, b: a + b
defaults = lambda a, b=2, c=3: a + b + c
star = lambda *args: args
kw = lambda **kwargs: kwargs
kwonly = lambda *, key: key
kwonly_default = lambda *, key=1, other: (key, other)
posonly = lambda a, /, b: a - b
posonly_defaults = lambda a=1, /, b=2, *, c=3: a
everything = lambda a, b=1, /, c=2, *args, d, e=3, **kwargs: (a, args, kwargs)
nested = lambda x: lambda y: lambda z: x + y + z
conditional = lambda x: "pos" if x > 0 else "neg"
cond_lambda = (lambda: 1) if flag else (lambda: 2)
cond_lambda2 = lambda: 1 if flag else lambda: 2
in_call = sorted(items, key=lambda item: (item.priority, -item.age))
yielding = lambda: (yield)
yielding2 = lambda: (yield 1)
trailing = lambda a, b,: a
trailing_kw = lambda *a, **k,: k
immediately = (lambda x, y: x * y)(3, 4)
tuple_body = lambda: (1, 2)
walrus = lambda: (x := 1)
star_in_body = lambda a: [*a]
import functools


@decorator
def plain():
    pass


@module.decorator
def dotted():
    pass


@a.b.c.d
def deep_dotted():
    pass


@functools.lru_cache(maxsize=128)
def cached(n):
    return n


@decorator_factory("arg", key=1)
@another
@yet.another()
def stacked():
    pass


@registry["handlers"]
def subscripted():
    pass


@(lambda f: f)
def lambda_decorated():
    pass


@handlers[0].wrap(1)(2)
def chained():
    pass


@x if flag else y
def conditional():
    pass


@(yield_decorator := make())
def walrus_decorated():
    pass


@a @ b
def matmul_decorated():
    pass


@  spaced . name
def spaced():
    pass


@dataclass
class Decorated:
    x: int


@register(kind="model")
@dataclass(frozen=True, slots=True)
class Frozen:
    y: str = ""
def make_multiplier(factor):
    def multiply(x):
        return x * factor
    return multiply


def make_accumulator():
    total = 0

    def add(value):
        nonlocal total
        total += value

        def report():
            return f"total={total}"

        return report
    return add


def memoize(func):
    cache = {}

    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key not in cache:
            cache[key] = func(*args, **kwargs)
        return cache[key]

    wrapper.cache = cache
    return wrapper


def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return composed


class Outer:
    def method(self):
        def helper():
            class Local:
                def inner(self):
                    return lambda: self
            return Local()
        return helper()
def gen_bare():
    yield


def gen_value():
    yield 1
    yield 1, 2
    yield (1, 2)
    yield *a, b


def gen_from(it):
    yield from it
    yield from (x * 2 for x in it)
    result = yield from sub()
    return result


def gen_receive():
    x = yield
    y = yield x
    z = yield x, y
    total = (yield) + (yield 1)
    print((yield))
    values = [(yield i), (yield)] if False else []
    data = {"k": (yield)}
    f((yield), (yield 2))
    f(a=(yield))
    await_like = yield from other()
    return x, y, z, total


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def gen_in_expr():
    if (yield):
        pass
    while (yield 3):
        pass
    for x in (yield):
        pass
    return not (yield)


def gen_aug():
    total = 0
    total += yield
    x: int = yield 5
    lst[0] = yield from g()
import asyncio


async def simple():
    await asyncio.sleep(1)


async def await_positions(x, coro, items):
    a = await coro
    b = await coro + await coro
    c = -await coro
    d = await coro ** 2
    e = (await coro)()
    f = await coro()
    g = await x.method()
    h = [await coro, await coro]
    i = {await coro: await coro}
    j = f(await coro, key=await coro)
    k = await coro if await coro else await coro
    l = not await coro
    m = await coro in items
    n = (await coro).attr
    o = await coro[0]
    p = (await coro)[0]
    q = await (await coro)
    r = f"{await coro}"
    s = lambda: 1
    t = await asyncio.wait_for(coro, timeout=await get_timeout())
    u: int = await coro
    items[await coro] = await coro
    await coro == await coro
    assert await coro, await coro
    del items[await coro]
    if await coro:
        pass
    while await coro:
        break
    for v in await coro:
        pass
    with await coro as w:
        pass
    return await coro


async def return_await(x):
    return await x


async def yield_await():
    yield await compute()
import asyncio


async def ticker(delay, to):
    for i in range(to):
        yield i
        await asyncio.sleep(delay)


async def relay(source):
    async for item in source:
        if item is None:
            continue
        yield item * 2
    else:
        yield -1


async def consume():
    async for i in ticker(0.1, 5):
        print(i)
    async for a, b in pairs():
        print(a, b)
    async for x, *rest in rows():
        break
    async for obj.attr in stream():
        pass


async def bare_yield():
    x = yield
    yield
    await x
async def gather_all(source, coros):
    a = [x async for x in source]
    b = {x async for x in source}
    c = {k: v async for k, v in source}
    d = (x async for x in source)
    e = [await c for c in coros]
    f = [await c async for c in source]
    g = [x async for x in source if await check(x)]
    h = [x for y in coros async for x in y]
    i = [x async for y in source for x in y if x]
    j = {await k: await v for k, v in pairs}
    k = sum([x async for x in source])
    l = [y for y in [await z for z in coros]]
    m = [i async for i in aiter(source) if i if not i < 0]
    return a, b, c, d, e, f, g, h, i, j, k, l, m
import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def connection(dsn):
    conn = await connect(dsn)
    try:
        yield conn
    finally:
        await conn.close()


class Service:
    async def __aenter__(self):
        await self.start()
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.stop()
        return False

    def __aiter__(self):
        return self

    async def __anext__(self):
        item = await self.queue.get()
        if item is None:
            raise StopAsyncIteration
        return item

    async def run(self):
        async with self as svc:
            async for msg in svc:
                await self.handle(msg)


async def main():
    async with connection("db://") as conn:
        rows = [r async for r in conn.cursor("SELECT 1")]
    return rows


if __name__ == "__main__":
    asyncio.run(main())
class Empty:
    pass


class WithBase(object):
    pass


class Multi(Base1, Base2, mixins.Mixin):
    pass


class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        return super().__new__(mcls, name, bases, ns)


class WithMeta(Base, metaclass=Meta):
    pass


class WithKw(Base, metaclass=Meta, flag=True, **extra):
    pass


class StarBases(*bases, Final, **options):
    pass


class Parens():
    pass


class Trailing(Base,):
    pass


class Multiline(
    Base,
    metaclass=Meta,
):
    x = 1
    y: int = 2
    z, w = 3, 4


class GenericBase(Generic[T], Mapping[str, T]):
    pass
class Temperature:
    """Temperature with unit conversion."""

    unit = "C"
    instances = 0

    def __init__(self, degrees=0.0):
        super().__init__()
        self._degrees = degrees
        Temperature.instances += 1

    @property
    def degrees(self):
        return self._degrees

    @degrees.setter
    def degrees(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._degrees = value

    @degrees.deleter
    def degrees(self):
        del self._degrees

    @staticmethod
    def to_fahrenheit(c):
        return c * 9 / 5 + 32

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    def __repr__(self):
        return f"{type(self).__name__}({self._degrees!r})"

    def __eq__(self, other):
        return isinstance(other, Temperature) and self._degrees == other._degrees

    def __lt__(self, other):
        return self._degrees < other._degrees

    def __hash__(self):
        return hash(self._degrees)

    def __add__(self, other):
        return Temperature(self._degrees + other._degrees)

    __radd__ = __add__

    def __getitem__(self, key):
        return (self._degrees,)[key]

    def __call__(self, *args, **kwargs):
        return self
class Outer:
    class Inner:
        class Innermost:
            value = 1

            def get(self):
                return self.value

        def make(self):
            return self.Innermost()

    class Config:
        debug = False
        level = "info"

    def build(self):
        return self.Inner().make().get()


class Node:
    class Iterator:
        def __init__(self, node):
            self.node = node

        def __iter__(self):
            return self

        def __next__(self):
            if self.node is None:
                raise StopIteration
            value, self.node = self.node.value, self.node.next
            return value

    def __init__(self, value, next=None):
        self.value = value
        self.next = next

    def __iter__(self):
        return Node.Iterator(self)


class Child(Outer.Inner, metaclass=type):
    def make(self):
        result = super().make()
        super(Child, self).make()
        return result
add = a + b
sub = a - b
mul = a * b
div = a / b
floordiv = a // b
mod = a % b
power = a ** b
matmul = a @ b
lshift = a << b
rshift = a >> b
bitand = a & b
bitor = a | b
bitxor = a ^ b
mixed = a + b * c - d / e % f // g
bits = a | b ^ c & d << e >> f
all_ops = a | b ^ c & d << e + f * g ** h
matrix = x @ y @ z + w
string_mod = "%s-%d" % (name, count)
neg_mod = -7 % 3
a1 = 2**-1
a2 = -2**2
a3 = a**b**c
a4 = a-b-c
a5 = a/b/c
a6 = a//b*c%d
a7 = not a == b
a8 = a if b else c if d else e
a9 = (a if b else c) if d else e
a10 = a < b < c
a11 = a is not b
a12 = a not in b
a13 = x or y and not z
a14 = ~a
a15 = +a
a16 = -(-a)
a17 = a @ b
a18 = (a + b) * c
a19 = a + (b * c)
a20 = -a ** -b
a21 = ~a ** ~b
a22 = not not a
a23 = a and b or c and d
a24 = a or b or c
a25 = a and b and c
a26 = (a or b) and c
a27 = not a in b
a28 = a | b & c
a29 = a << b + c
a30 = -a * b
a31 = a * -b
a32 = await_ ** 2
a33 = 2 ** 3 ** 2
a34 = (2 ** 3) ** 2
a35 = a - -b
a36 = a + +b
a37 = a if not b else c
a38 = lambda: a if b else c
a39 = not a < b and c > d or e
a40 = a == b == c != d
a = x < y
b = x > y
c = x == y
d = x >= y
e = x <= y
f = x != y
g = x is y
h = x is not y
i = x in y
j = x not in y
k = 0 <= index < len(items)
l = a < b <= c > d >= e == f != g
m = a is b is not c in d not in e
n = (a < b) < c
o = a < (b < c)
p = x is None
q = x is not None
r = not x is None
s = key not in mapping and value in allowed
t = 1 < 2 < 3 < 4 < 5 < 6
u = a == (b == c)
a = x if cond else y
b = x if c1 else y if c2 else z
c = (x if c1 else y) if c2 else z
d = x if (y if c1 else z) else w
e = [x if x > 0 else -x for x in values]
f = [x for x in values if x] if values else []
g = func(x if x else default)
h = lambda v: v if v else None
i = (lambda: 1) if flag else (lambda: 2)
j = not x if y else z
k = x or y if z else w and v
l = (
    "long value"
    if some_condition
    else "other value"
)
m = 1 if a else \
    2
n = {k: (v if v else 0) for k, v in d.items()}
o = yield_ if x else (yield_ := 3)
import re

if (n := len(items)) > 10:
    print(f"too many: {n}")

while (line := stream.readline()):
    process(line)

while chunk := f.read(8192):
    handle(chunk)

filtered = [y for x in data if (y := transform(x)) is not None]
totals = [total := total + v for v in values]
print(x := 5)
print(value := compute(), other=(y := 3))
result = f(a := 1, b := 2)

if m := re.match(r"(\d+)", text):
    print(m.group(1))

stuff = [(z := i) for i in range(3)]
pair = (a := 1, b := 2)
nested = ((x := (y := 3)) + 1)
d = {"key": (v := 10)}
s = {(w := 1), w + 1}
idx = items[(i := 0)]
cond = a if (b := c) else d
l = lambda: (x := 1)
any((hit := w) for w in words if w.startswith("a"))
combined = [*first, *second]
with_extra = [0, *middle, 99]
as_tuple = (*a, *b)
bare_tuple = *a, *b
single_star = *a,
as_set = {*a, *b, 1}
call = f(*args)
call2 = f(1, *args, 2, *more)
call3 = f(*args, key=1, *more, **kwargs)
call4 = f(**kwargs)
call5 = f(**a, **b)
call6 = f(a, *b, c=1, **d, e=2)
merged = {**defaults, **overrides}
merged2 = {"a": 1, **middle, "z": 26}
merged3 = {**{'inner': 1}}
nested_star = [*[*a], *(*b,)]
print(*items, sep=", ")
x = [*range(3)]
y = {*"abc"}
z = (*gen(),)
f(*a or b)
f(**a or b)
f(*[1, 2])
[*a.b.c]
{**a.b}
f()
f(1)
f(1, 2)
f(a=1)
f(1, b=2)
f(1, 2, c=3, d=4)
f(x for x in y)
f((x for x in y))
f((x for x in y), 1)
sum(x * x for x in range(10))
any(item.ok for item in items if item)
f(
    1,
    2,
)
f(a,)
f(*a,)
f(**k,)
f(a=1,)
f(
    positional,
    *args,
    keyword=value,
    **kwargs,
)
print("x", end="", file=sys.stderr, flush=True)
dict(a=1, **{'b': 2})
getattr(obj, "name", None)()
max(key=len, *lists)
f(lambda: 1, lambda x, y: x)
f(x if y else z, a or b)
f(not x)
f(match=1, case=2, type=3)
squares = [x * x for x in range(10)]
evens = {x for x in range(10) if x % 2 == 0}
index = {name: i for i, name in enumerate(names)}
lazy = (line.strip() for line in lines)
pairs = [(x, y) for x in range(3) for y in range(3)]
filtered = [x for x in data if x if x > 0 if not x % 3]
flat = [item for row in matrix for item in row]
triangle = [(i, j) for i in range(5) for j in range(i) if (i + j) % 2]
nested = [[c for c in row] for row in grid]
nested_dict = {k: {kk: vv for kk, vv in v.items()} for k, v in data.items()}
tuple_targets = [a + b for a, b in zip(xs, ys)]
deep_targets = [a + b + c for (a, b), c in items]
star_target = [rest for first, *rest in rows]
cond_expr = [x if x else 0 for x in values]
lambda_body = [lambda: i for i in range(3)]
genexp_sum = sum(x for x in range(100) if x % 7 == 0)
set_of_tuples = {(a, b) for a in "ab" for b in "cd"}
dict_cond = {k: v for k, v in pairs if v is not None}
multiline = [
    transform(x)
    for x in source
    if x.valid
    for y in x.children
    if y
]
attr_target = [obj.x for obj.x in values]
walrus_in = [y for x in data if (y := f(x))]
parens = [(x) for (x) in (xs)]
dict_unpack = {**{k: v for k, v in a}}
generator_of_generators = ((x for x in row) for row in grid)
a = seq[1:2]
b = seq[::2]
c = seq[:]
d = seq[1:]
e = seq[:2]
f = seq[::-1]
g = seq[1:2:3]
h = seq[-1:-5:-1]
i = arr[:, 1]
j = arr[1:2, ::3]
k = arr[...]
l = arr[()]
m = arr[x,]
n = arr[..., 0]
o = arr[0, ..., 1:]
p = arr[:, :, None]
q = arr[1, 2, 3]
r = arr[(1, 2)]
s = arr[i + 1 : j - 1]
t = arr[f(x):g(y):h(z)]
u = arr[a:b, c:d, e:f]
v = arr[::]
w = arr[:, ]
x = arr[*idx]
y = arr[1:2,]
z = arr[x, *rest]
aa = arr[lower:upper:]
bb = arr[(x := 1)]
cc = d["key"]
dd = d[0][1][2]
ee = arr[-1]
ff = arr[not_flag:]
gg = arr[lambda: 0]
a = obj.attr
b = obj.a.b.c.d.e
c = f()()[0].x
d = obj.method().attr[0]()
e = module.Class.method(arg).result.value
f = a.b(c).d[e].f(g)[h]
g = (obj).attr
h = (1).real
i = "text".upper().strip().split(",")[0]
j = [1, 2][0]
k = {"a": 1}["a"]
l = (a, b)[0]
m = get_callbacks()[0](1)(2)(3)
n = x.y.z()
o = factory()[key].attr.method(*args, **kwargs)[1:2]
p = self.handlers[event.type](event)
q = super().method()
r = type(self).__name__
s = f"x".join
t = b"".join(parts)
u = ...
v = None.__class__
w = True.real
a = None
b = True
c = False
d = ...
e = Ellipsis
f = [None, True, False, ...]
g = x is None or y is True or z is False
h = not True
i = -True
j = (...)
k = {None: ..., True: False}
def stub(x=None, y=..., z=True) -> None: ...
class Proto:
    def method(self) -> int: ...
    attr: int = ...
empty = ()
single = (1,)
single_bare = 1,
pair = 1, 2
pair_paren = (1, 2)
nested = ((1, 2), (3, (4, 5)))
trailing = (1, 2, 3,)
bare_trailing = 1, 2, 3,
in_list = [(1, 2), (3, 4)]
in_call = f((1, 2))
mixed = 1, (2, 3), [4, 5], {6}
strings = "a", "b"
for_tuple = [x for x in (1, 2)] if False else None
ret = lambda: (1, 2)
subscript = d[1, 2]
parens = ((((1))))
paren_tuple = ((((1,))))
swap = b, a = a, b
from os import (path, sep,)
lst = [1, 2, 3,]
st = {1, 2,}
dct = {"a": 1, "b": 2,}
tup = (1, 2,)
one = (1,)
call = f(1, 2,)
call_kw = f(a=1, b=2,)
call_star = f(*a, **b,)
sub = x[1, 2,]
def f(a, b,): pass
def g(*, a,): pass
def h(a, /,): pass
def i(*args, **kwargs,): pass
lam = lambda a, b,: 0
class C(Base,): pass
with (a as b, c as d,): pass
import_list = [
    "alpha",
    "beta",
]
for x, in [(1,)]: pass
del a, b,
global_ = 1,
total = (
    base_price
    * quantity
    + shipping
    - discount
)
condition = (
    user.is_active
    and not user.is_banned
    and (
        user.role == "admin"
        or user.role
        == "owner"
    )
)
result = (
    session
    .query(User)
    .filter(User.id == 1)
    .order_by(User.name)
    .first()
)
value = (
    1
    if flag
    else
    2
)
message = (
    "part one "
    "part two "
    f"{count} parts"
)
lam = (
    lambda x:
        x + 1
)
call = function_name(
    argument_one,
        argument_two,
  keyword=(
      nested
      + value
  ),
)
empty_list = []
empty_dict = {}
empty_set = set()
one_set = {1}
list_of_lists = [[], [[]], [[], []]]
dict_nested = {"a": {"b": {"c": {}}}}
set_mixed = {1, "two", (3,), None}
dict_keys = {1: "int", "s": "str", (1, 2): "tuple", None: "none", True: "bool"}
dict_exprs = {k * 2: v + 1 for k, v in []}
dict_multiline = {
    "name": "asl",
    "version": (0, 1, 0),
    "deps": [
        "go",
    ],
    **extras,
}
list_mixed = [1, 2.0, 3j, "4", b"5", None, ..., [6], {7}, {8: 9}, (10,)]
dict_lambda = {"f": lambda x: x, "g": lambda: None}
dict_cond = {"k": a if b else c}
set_star = {*range(3), *"ab"}
list_gen = [(x for x in y)]
dict_walrus = {"k": (n := 1)}
first = get_items()[0]
last = get_items()[-1]
part = get_items()[1:3]
cell = load_grid()[row][col]
value = lookup("key")["nested"]["deeper"]
typed = Dict[str, List[int]]
callable_type = Callable[[int, str], Optional[bool]]
fn = handlers()[name](payload)
chain = f(1)[2](3)[4]
sliced = read().split()[::2]
generic = list[int]()
import re

match = re.match(r"\w+", "hello")
case = "upper"
if match:
    print(match.group(0))


def match(pattern, text, case=False):
    return re.match(pattern, text, re.I if case else 0)


class case:
    match = None

    def case(self, match):
        self.match = match
        return self


match.attr = 1
case.match = match
match[0] = case
result = match(case, match)
print(match, case)
match, case = case, match
case = [match for match in range(3)]
matches = {case: match for case, match in pairs}
match -= 1
match * 2
match(x)
match[x]
match.x
_ = case
type = "identifier"
type(x)
print(type, _)
café = "coffee"
π = 3.14159
变量 = 42
ñ = "eñe"
Σ = sum
λx = lambda x: x
naïve_résumé = True
μέγεθος = len([1, 2, 3])
переменная = "russian"
名前 = "名前"
_ü = 1
ẞ = "sharp"


def área(radio):
    return π * radio ** 2


class Café:
    def __init__(self, préférence):
        self.préférence = préférence

    def décrire(self):
        return f"{self.préférence} à {café}"


print(área(2), Café("noir").décrire(), 变量, ñ)
Δt = 0.1
ℌ = "fraktur h"
def level1(data):
    for a in data:
        if a:
            while a:
                try:
                    with open(a) as f:
                        for line in f:
                            if line.strip():
                                class Record:
                                    def parse(self):
                                        if self:
                                            for ch in line:
                                                if ch.isdigit():
                                                    while True:
                                                        try:
                                                            return int(ch)
                                                        except ValueError:
                                                            if ch == "x":
                                                                break
                                                            else:
                                                                continue
                                                        finally:
                                                            pass
                                            return None
                                yield Record()
                            else:
                                continue
                except OSError:
                    break
                else:
                    a = None
    return
x = 1
value = (((((((((((((((([[[[[[[[{{{{1}}}}]]]]]]]]))))))))))))))))
call = f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(x)))))))))))))))))))))))))))))))))))
mixed = [({[([({[([({[([({[([({[([({[([({[([({[(0)]})])]})])]})])]})])]})])]})])]})])]})]
sub = a[b[b[b[b[b[b[b[b[b[b[b[b[b[b[b[b[b[b[b[b[b[b[b[b[b[b[b[b[b[b[b[b]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
layout = [
  [
    [
      [
        [
          [
            [
              [
                [
                  [
                    [
                      [
                        [
                          [
                            [
                              [
                                [
                                  [
                                    [
                                      [
                                        [
                                          [
                                            [
                                              [
                                                [
                                                  [
                                                    [
                                                      [
                                                        [
                                                          [
                                                            [
                                                              1,
                                                            ],
                                                          ],
                                                        ],
                                                      ],
                                                    ],
                                                  ],
                                                ],
                                              ],
                                            ],
                                          ],
                                        ],
                                      ],
                                    ],
                                  ],
                                ],
                              ],
                            ],
                          ],
                        ],
                      ],
                    ],
                  ],
                ],
              ],
            ],
          ],
        ],
      ],
    ],
  ],
]
def a():
    def b():
        def c():
            def d():
                def e():
                    def f():
                        def g():
                            def h():
                                def i():
                                    def j():
                                        def k():
                                            def l():
                                                return lambda: lambda: lambda: 1
                                            return l
                                        return k
                                    return j
                                return i
                            return h
                        return g
                    return f
                return e
            return d
        return c
    return b
class A:
    class B:
        class C:
            class D:
                class E:
                    class F:
                        class G:
                            class H:
                                class I:
                                    class J:
                                        class K:
                                            x = 1
result = a()()()()()()()()()()()()()()()
"""A small crawler, a shape hierarchy and a tiny interpreter in one module."""

from __future__ import annotations

import asyncio
import re
import math
from collections import deque, defaultdict
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, Optional
from urllib.parse import urljoin, urlparse

# ---------------------------------------------------------------------------
# Part 1: async crawler
# ---------------------------------------------------------------------------

LINK_RE = re.compile(r'href=["\'](?P<url>[^"\'#]+)["\']', re.IGNORECASE)
MAX_DEPTH: int = 3
USER_AGENT = "asl-crawler/0.1 (+https://example.invalid)"


@dataclass(order=True)
class Page:
    url: str
    depth: int = 0
    status: Optional[int] = None
    links: list[str] = field(default_factory=list)

    @property
    def host(self) -> str:
        return urlparse(self.url).netloc


class RateLimiter:
    def __init__(self, rate: float, burst: int = 1) -> None:
        self.rate = rate
        self.tokens = float(burst)
        self.burst = burst
        self._lock = asyncio.Lock()
        self._last = 0.0

    async def __aenter__(self) -> "RateLimiter":
        async with self._lock:
            loop = asyncio.get_running_loop()
            now = loop.time()
            self.tokens = min(self.burst, self.tokens + (now - self._last) * self.rate)
            self._last = now
            if self.tokens < 1:
                await asyncio.sleep((1 - self.tokens) / self.rate)
                self.tokens = 0
            else:
                self.tokens -= 1
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        return None


class Crawler:
    def __init__(self, root: str, *, workers: int = 4, fetch: Callable[..., Any] | None = None):
        self.root = root
        self.workers = workers
        self.fetch = fetch or self._default_fetch
        self.queue: asyncio.Queue[Page] = asyncio.Queue()
        self.seen: set[str] = {root}
        self.pages: dict[str, Page] = {}
        self.errors = defaultdict(list)
        self.limiter = RateLimiter(rate=5.0, burst=2)

    async def _default_fetch(self, url: str) -> tuple[int, str]:
        await asyncio.sleep(0.01)
        return 200, f'<a href="{url}/a">a</a> <a href="{url}/b">b</a>'

    def extract(self, base: str, html: str) -> Iterator[str]:
        for m in LINK_RE.finditer(html):
            link = urljoin(base, m["url"])
            if urlparse(link).netloc == urlparse(self.root).netloc:
                yield link

    async def worker(self, wid: int) -> None:
        while True:
            page = await self.queue.get()
            try:
                async with self.limiter:
                    status, body = await self.fetch(page.url)
                page.status = status
                if status == 200 and page.depth < MAX_DEPTH:
                    for link in self.extract(page.url, body):
                        if link not in self.seen:
                            self.seen.add(link)
                            page.links.append(link)
                            await self.queue.put(Page(link, page.depth + 1))
                self.pages[page.url] = page
            except (asyncio.TimeoutError, ConnectionError) as exc:
                self.errors[type(exc).__name__].append(page.url)
            except Exception as exc:  # pragma: no cover
                self.errors["other"].append(f"{page.url}: {exc!r}")
            finally:
                self.queue.task_done()

    async def run(self) -> dict[str, Page]:
        await self.queue.put(Page(self.root))
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(self.worker(i)) for i in range(self.workers)]
            await self.queue.join()
            for t in tasks:
                t.cancel()
        return self.pages


# ---------------------------------------------------------------------------
# Part 2: shapes
# ---------------------------------------------------------------------------


class Shape:
    registry: dict[str, type[Shape]] = {}

    def __init_subclass__(cls, /, kind: str = "", **kwargs):
        super().__init_subclass__(**kwargs)
        if kind:
            Shape.registry[kind] = cls

    def area(self) -> float:
        raise NotImplementedError

    def perimeter(self) -> float:
        raise NotImplementedError

    def __lt__(self, other: Shape) -> bool:
        return self.area() < other.area()

    def __repr__(self) -> str:
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"


class Circle(Shape, kind="circle"):
    def __init__(self, r: float) -> None:
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape, kind="rect"):
    def __init__(self, w: float, h: float) -> None:
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect, kind="square"):
    def __init__(self, side: float) -> None:
        super().__init__(side, side)


def make_shape(kind: str, *args: float) -> Shape:
    try:
        cls = Shape.registry[kind]
    except KeyError:
        raise ValueError(f"unknown shape {kind!r}") from None
    return cls(*args)


# ---------------------------------------------------------------------------
# Part 3: a tiny stack-based interpreter
# ---------------------------------------------------------------------------

TOKEN_RE = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")


class Interpreter:
    OPS: dict[str, Callable[[float, float], float]] = {
        "+": lambda a, b: a + b,
        "-": lambda a, b: a - b,
        "*": lambda a, b: a * b,
        "/": lambda a, b: a / b if b else math.inf,
        "^": lambda a, b: a ** b,
    }
    PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}

    def __init__(self, env: dict[str, float] | None = None):
        self.env = dict(env or {})
        self.trace: deque[str] = deque(maxlen=50)

    def tokenize(self, src: str) -> list[str]:
        out = []
        for number, op in TOKEN_RE.findall(src):
            if number:
                out.append(number)
            elif op.strip():
                out.append(op)
        return out

    def to_rpn(self, tokens: list[str]) -> list[str]:
        output, stack = [], []
        for tok in tokens:
            if tok[0].isdigit():
                output.append(tok)
            elif tok in self.OPS:
                while (stack and stack[-1] in self.OPS
                       and (self.PREC[stack[-1]] > self.PREC[tok]
                            or self.PREC[stack[-1]] == self.PREC[tok] and tok != "^")):
                    output.append(stack.pop())
                stack.append(tok)
            elif tok == "(":
                stack.append(tok)
            elif tok == ")":
                while stack and (top := stack.pop()) != "(":
                    output.append(top)
            else:
                raise SyntaxError(f"bad token {tok!r}")
        output.extend(reversed(stack))
        return output

    def evaluate(self, src: str) -> float:
        stack: list[float] = []
        for tok in self.to_rpn(self.tokenize(src)):
            if tok in self.OPS:
                b, a = stack.pop(), stack.pop()
                stack.append(self.OPS[tok](a, b))
            else:
                stack.append(float(tok))
            self.trace.append(f"{tok:>4} -> {stack!r}")
        (result,) = stack
        return result

    def repl(self, lines: Iterator[str]) -> Iterator[str]:
        for n, line in enumerate(lines, start=1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            if line in {"quit", "exit"}:
                break
            try:
                value = self.evaluate(line)
            except (SyntaxError, IndexError, ValueError) as err:
                yield f"{n}: error: {err}"
            else:
                self.env[f"_{n}"] = value
                yield f"{n}: {value:.6g}"
        else:
            yield "eof"


# ---------------------------------------------------------------------------
# Part 4: small utilities
# ---------------------------------------------------------------------------


def chunked(seq, size, /, *, fill=None):
    it = iter(seq)
    while chunk := [x for _, x in zip(range(size), it)]:
        if len(chunk) < size and fill is not None:
            chunk += [fill] * (size - len(chunk))
        yield tuple(chunk)


def retry(times: int = 3, *, exceptions=(Exception,)):
    def decorator(fn):
        async def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return await fn(*args, **kwargs)
                except exceptions as exc:
                    last = exc
                    await asyncio.sleep(0.01 * 2 ** attempt)
            raise RuntimeError(f"gave up after {times} attempts") from last
        return wrapper
    return decorator


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------


async def main(argv: list[str]) -> int:
    crawler = Crawler(argv[1] if len(argv) > 1 else "http://example.invalid", workers=2)
    pages = await crawler.run()
    for url, page in sorted(pages.items()):
        print(f"{page.depth:2d} {page.status or '---':>3} {url}")
    shapes = sorted([make_shape("circle", 1), make_shape("rect", 2, 3), make_shape("square", 2)])
    print(*shapes, sep="\n")
    interp = Interpreter()
    for out in interp.repl(iter(["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "1 / 0", "quit"])):
        print(out)
    return 0 if not crawler.errors else 1


if __name__ == "__main__":
    import sys
    raise SystemExit(asyncio.run(main(sys.argv)))
import asyncio
import random


async def fetch(i: int) -> dict:
    await asyncio.sleep(random.random() / 10)
    if i == 3:
        raise ValueError(f"item {i} failed")
    return {"id": i, "value": i * i}


async def main() -> None:
    results = await asyncio.gather(*(fetch(i) for i in range(5)), return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            print("error:", r)
        elif (i := r.get("id")) is not None:
            print(i, r["value"])
    ok, err = [], []
    for r in results:
        (err if isinstance(r, BaseException) else ok).append(r)
    first, second = await asyncio.gather(fetch(0), fetch(1))
    print(first["value"] + second["value"])


asyncio.run(main())
import asyncio
from asyncio import TaskGroup


async def download(name: str, size: int) -> int:
    received = 0
    while received < size:
        await asyncio.sleep(0)
        received += min(1024, size - received)
    return received


async def main() -> int:
    sizes = {"a.bin": 4096, "b.bin": 10_000, "c.bin": 1}
    async with TaskGroup() as tg:
        tasks = {name: tg.create_task(download(name, size), name=name)
                 for name, size in sizes.items()}
    total = sum(t.result() for t in tasks.values())
    try:
        async with asyncio.timeout(0.5):
            async with asyncio.TaskGroup() as group:
                group.create_task(asyncio.sleep(10))
    except TimeoutError:
        print("timed out")
    except ValueError as err:
        print(err.args)
    return total


if __name__ == "__main__":
    print(asyncio.run(main()))
import asyncio
import random
import time


async def producer(queue: asyncio.Queue, n: int) -> None:
    for i in range(n):
        await queue.put((random.random(), i))
        await asyncio.sleep(0)
    await queue.put(None)


async def consumer(name: str, queue: asyncio.Queue, results: list) -> None:
    while True:
        item = await queue.get()
        try:
            if item is None:
                await queue.put(None)
                return
            delay, idx = item
            await asyncio.sleep(delay / 100)
            results.append((name, idx))
        finally:
            queue.task_done()


async def main(workers: int = 3) -> None:
    queue: asyncio.Queue[tuple[float, int] | None] = asyncio.Queue(maxsize=10)
    results: list[tuple[str, int]] = []
    started = time.perf_counter()
    consumers = [
        asyncio.create_task(consumer(f"worker-{i}", queue, results))
        for i in range(workers)
    ]
    await producer(queue, 20)
    await asyncio.gather(*consumers)
    elapsed = time.perf_counter() - started
    print(f"{len(results)} items in {elapsed:.3f}s")
    by_worker = {}
    for name, idx in results:
        by_worker.setdefault(name, []).append(idx)
    for name, idxs in sorted(by_worker.items()):
        print(f"{name:>10}: {idxs}")


asyncio.run(main())
from aiohttp import web
import json

routes = web.RouteTableDef()
DB: dict[int, dict] = {}


@routes.get("/")
async def index(request: web.Request) -> web.Response:
    return web.Response(text="hello")


@routes.get("/items/{item_id}")
async def get_item(request: web.Request) -> web.Response:
    try:
        item_id = int(request.match_info["item_id"])
    except ValueError:
        raise web.HTTPBadRequest(reason="bad id")
    if (item := DB.get(item_id)) is None:
        raise web.HTTPNotFound()
    return web.json_response(item)


@routes.post("/items")
async def create_item(request: web.Request) -> web.Response:
    payload = await request.json()
    item_id = max(DB, default=0) + 1
    DB[item_id] = {"id": item_id, **payload}
    return web.json_response(DB[item_id], status=201)


async def websocket_handler(request):
    ws = web.WebSocketResponse()
    await ws.prepare(request)
    async for msg in ws:
        if msg.type == web.WSMsgType.TEXT:
            await ws.send_str(json.dumps({"echo": msg.data}))
        elif msg.type == web.WSMsgType.ERROR:
            break
    return ws


@web.middleware
async def timing(request, handler):
    resp = await handler(request)
    resp.headers["X-Handled-By"] = "asl"
    return resp


def make_app() -> web.Application:
    app = web.Application(middlewares=[timing])
    app.add_routes(routes)
    app.router.add_get("/ws", websocket_handler)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=8080)
import asyncio
import aiohttp


async def fetch_json(session: aiohttp.ClientSession, url: str, *, retries: int = 3):
    for attempt in range(retries):
        try:
            async with session.get(url, timeout=aiohttp.ClientTimeout(total=5)) as resp:
                resp.raise_for_status()
                return await resp.json()
        except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
            if attempt == retries - 1:
                raise
            await asyncio.sleep(2 ** attempt)


async def main(urls):
    connector = aiohttp.TCPConnector(limit=10)
    async with aiohttp.ClientSession(connector=connector, headers={"User-Agent": "asl"}) as session:
        sem = asyncio.Semaphore(5)

        async def bounded(u):
            async with sem:
                return u, await fetch_json(session, u)

        results = dict(await asyncio.gather(*[bounded(u) for u in urls]))
    return {u: len(str(r)) for u, r in results.items()}


if __name__ == "__main__":
    print(asyncio.run(main(["https://example.com/a.json", "https://example.com/b.json"])))
from abc import ABC, abstractmethod


class Animal(ABC):
    sound: str = ""
    legs = 4

    def __init__(self, name: str, *, age: int = 0) -> None:
        self.name = name
        self.age = age

    @abstractmethod
    def speak(self) -> str:
        ...

    @property
    @abstractmethod
    def kind(self) -> str:
        raise NotImplementedError

    def describe(self) -> str:
        return f"{self.name} the {self.kind} says {self.speak()!r}"


class Dog(Animal):
    sound = "woof"

    @property
    def kind(self):
        return "dog"

    def speak(self):
        return self.sound * 2


class Bird(Animal):
    legs = 2

    @property
    def kind(self):
        return "bird"

    def speak(self):
        return "tweet"


class Penguin(Bird):
    def speak(self):
        base = super().speak()
        return base.upper() + "?"


zoo = [Dog("rex", age=3), Bird("tweety"), Penguin("pingu", age=1)]
for animal in sorted(zoo, key=lambda a: (a.legs, a.name)):
    print(animal.describe())
x, y = 3, 4
d = {"a:b": 1, "c": [1, 2, 3]}
a = f"{x==y}"
b = f"{x!=y}"
c = f"{x>=y} {x<=y} {x<y} {x>y}"
e = f"{d['a:b']}"
g = f"{d['c'][1:]}"
h = f"{d['c'][::2]!r:>12}"
i = f"{x:!<10}"
j = f"{x:=^10}"
k = f"{x:=10}"
l = f"{(lambda v: v + 1)(x)}"
m = f"{x if x>y else y}"
n = f"{x , y}"
o = f"{x,}"
p = f"{ x !r}"
q = f"{[x,y]=}"
r = f"{x:{'<' if x else '>'}{y}}"
s = f"{'!'}"
t = f"{'='}"
u = f"{':'}"
v = f"{x!r}{'}'}{'{'}"
w = f"{'' '' ''}"
item = "milk"
price = 2.5
a = f"\N{BULLET} {item}"
b = f"\N{EM DASH}{price:.2f}\N{EM DASH}"
c = f"{item}\N{LATIN SMALL LETTER A WITH GRAVE}"
d = f"tab\there {item} newline\n"
e = f"\x41{item}\u00e9\U0001F600"
g = f"backslash \\{item}\\"
h = f"\{item}"
i = f"\d{item}"
j = rf"\N{BULLET}{item}"
k = f"\\N{{BULLET}}"
l = f"{{}}\N{BULLET}{{}}"
m = f"quote \" and \' {item}"
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
def one_space():
 return 1


def seven_spaces():
       x = 1
       if x:
                 y = 2
                 while y:
                  y -= 1
       return x


class Weird:
   a = 1
   def m(self):
     if self:
         pass
     else:
                                        pass
     return None


if True:
 if True:
  if True:
   if True:
    print("staircase")
   print("back")
 print("further")
data = [

    1,

    2,
        
    3,

]

config = {
  
    "key": "value",

    # comment

    "other": (

        1,

    ),
}


def f(

    a,

    b,
):

    return a + b



class C:



    x = 1


    def m(self):


        return 2
def f():
    return 1


class C:
    x = f()

# trailing comment without newline
def outer():
    def inner():
        if True:
            for i in range(3):
                print(i)
    return inner

class C:
    def m(self):
        while True:
            break
# This module is intentionally empty.
#
# It only contains comments
#   and blank lines.

    # indented comment
	# tab-indented comment

"""Only a docstring.

This module has nothing else in it,
apart from this text.
"""
import	os
x	=	1
def	f(a,	b):
    return	a	+	b	# tabs between tokens
values = [1,	2,	3]
if x	==	1:
	print(f(x,	x))
class	C:
	pass
def walk(tree, depth=0):
	for node in tree:
		if node:
			while node.pending:
				try:
					with node.lock:
						for child in node.children:
							if child.visible:
								if child.dirty:
									for attr in child.attrs:
										while attr:
											if attr.name:
												try:
													yield depth, attr.name
													attr = attr.next
												except AttributeError:
													break
										else:
											continue
					node.pending = False
				except RuntimeError:
					return
	else:
		pass


print(list(walk([])))
config = {  # level 1
    "servers": [  # level 2
        {  # level 3
            "name": "alpha",
            "routes": [  # 4
                (  # 5
                    "/api",
                    {  # 6
                        "methods": [  # 7
                            (  # 8
                                "GET",
                                [  # 9
                                    {  # 10
                                        "auth": (  # 11
                                            [  # 12
                                                {  # 13
                                                    "scopes": [  # 14
                                                        (  # 15
                                                            "read",
                                                            # deep comment
                                                        ),
                                                    ],
                                                },
                                            ]
                                        ),
                                    },
                                ],
                            ),
                        ],
                    },
                ),
            ],
        },
    ],
}
expr = ((((((((((((((((((((((((((((((((1 + 2))))))))))))))))))))))))))))))))
calls = f(g(h(i(j(k(l(m(n(o(p(q(r(s(t(u(v(w(x(y(z(a(b(c(d(e(f(g(h(i(j(0)))))))))))))))))))))))))))))))
a = 1 .real
b = 1..real
c = 1.0.hex()
d = 0b_1
e = 0o_7
f = 0x_f
g = 1_000j
h = 1_2.3_4e5_6
i = 0.000_001
j = 00_00
k = 0_0_0
l = 0e-0
m = 0xABCDEFabcdef
n = 1E+400
o = -1e400
p = 1e-400
q = 2 ** 64
r = 1 if True else 2
s = [0x1, 0o1, 0b1, 1, 1., 1j]
t = 340282366920938463463374607431768211456
u = -340282366920938463463374607431768211456
v = 0o777_777_777_777_777_777_777_777
w = 0b1_0_1_0
import struct

header = b"\x89PNG\r\n\x1a\n"
null = b"\0"
octal = b"\101\102\103"
mixed = b"abc\x00def\tghi\\"
raw = rb"\x00 stays \n literal"
unknown = b"\q\d\w"
not_unicode = b"\u1234 \U00012345 \N{BULLET}"
triple = b"""line one
line two\
 continued"""
concat = (b"part1"
          b'part2'
          rb"\part3")
packed = struct.pack(">I2sH", 1, b"ab", 0xFFFF)
magic, = struct.unpack_from("<I", b"\x01\x00\x00\x00")
empty = b""
quotes = b'it\'s' + b"say \"x\""
percent = b"%s=%d" % (b"x", 1)
a = "\\n is not a newline"
b = "\\\\"
c = "ends with backslash \\"
d = '\\'
e = "\""
f = '\''
g = "\"\"\""
h = '''\'\'\''''
i = """\"""" 
j = "\x00\x7f"
k = "\u0000\uffff"
l = "\U0010FFFF"
m = "\08"
n = "\1\12\123\1234"
o = "\
"
p = "a\
b\
c"
q = "\N{SPACE}\N{NO-BREAK SPACE}"
r = "\N{GREEK SMALL LETTER ALPHA}\N{greek small letter beta}"
s = "\8\9"
t = "\ "
a = u"first" "second"
b = "first" u"second"
c = u"a" u"b" u"c"
d = (u"multi"
     "line"
     u"kinds")
e = u"with" f"{1}"
f = f"{1}" u"after"
g = ("" "")
h = ('' "" '''''' """""")
i = "a" 'b' """c""" '''d'''
j = r"\a" "\a" R"\b"
k = f"{a}" rf"\{b}" F"{c}"
l = "x" f"" "y"
m = (
    u"header: "
    f"{a!r}"
    " | "
    f"{b:>{len(c)}}"
    u" end"
)
with (yield_ctx) as y:
    pass

with (a := make()) as b:
    pass

with (a := make()):
    pass

with (a as b):
    pass

with (a, b as c):
    pass

with (x for x in y) as g:
    pass

with a, (b) as c, (d):
    pass

with (a)(), b[0] as c:
    pass

with (
    a as (x, y),
    b as [z],
):
    pass

with f(
    1,
    2,
) as result, g() as other:
    pass

with (lambda: ctx)() as c:
    pass

with a if cond else b as chosen:
    pass
from . import a
from .. import b
from ... import c
from .... import d
from ..... import e
from .mod import f
from ..mod import g
from ...mod import h
from ....mod.sub import i
from . mod import j
from .  mod . sub import k
from . import (l, m as mm,
    n)
from .pkg import *
from a . b . c import d as e
import a . b . c
import a.b as ab, c.d as cd, e
@first

@second  # after decorator

# comment line between decorators
@third(
    option=1,
    # comment inside decorator call
)
def func():
    pass


class Service:
    @staticmethod
    # between
    def static():
        pass

    @property

    def prop(self):
        return 1

    @ functools.cached_property
    def cached(self):
        return 2


@ decorator \
    .attribute
def continued():
    pass


@lambda f: f
def bare_lambda():
    pass


@x[0](1)[2]
@x.y if x else z.w
@not_a_call
async def async_decorated():
    await x
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
class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        delattr(obj, self.name)


class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        return {}

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, dict(namespace))
        cls._fields = [k for k, v in namespace.items() if isinstance(v, Field)]
        return cls

    def __call__(cls, *args, **kwargs):
        instance = super().__call__(*args, **kwargs)
        return instance


class Record(metaclass=OrderedMeta):
    id = Field()
    name = Field()

    def __init__(self, **values):
        for key, value in values.items():
            setattr(self, key, value)


r = Record(id=1, name="x")
print(r.id, r.name, Record._fields)
from typing import NamedTuple, Protocol, TypedDict, TypeVar, Generic, runtime_checkable
from enum import Enum, auto

T = TypeVar("T")
K = TypeVar("K", bound="Hashable")


class Point(NamedTuple):
    x: float
    y: float = 0.0

    def dist(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5


class Movie(TypedDict, total=False):
    title: str
    year: int


@runtime_checkable
class SupportsClose(Protocol):
    def close(self) -> None: ...


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = 3

    @property
    def is_warm(self) -> bool:
        return self is Color.RED


box: Box[int] = Box(1)
movie: Movie = {"title": "Heat", "year": 1995}
class Vector:
    __match_args__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    def __add__(self, o): return Vector(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vector(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __truediv__(self, k): return Vector(self.x / k, self.y / k)
    def __floordiv__(self, k): return Vector(self.x // k, self.y // k)
    def __mod__(self, k): return Vector(self.x % k, self.y % k)
    def __pow__(self, k, mod=None): return Vector(self.x ** k, self.y ** k)
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
    def __rmatmul__(self, o): return self @ o
    def __imatmul__(self, o): return self @ o
    def __ipow__(self, k): return self ** k
    def __neg__(self): return Vector(-self.x, -self.y)
    def __pos__(self): return self
    def __invert__(self): return Vector(~self.x, ~self.y)
    def __abs__(self): return (self @ self) ** .5
    def __and__(self, o): return Vector(self.x & o.x, self.y & o.y)
    def __or__(self, o): return Vector(self.x | o.x, self.y | o.y)
    def __xor__(self, o): return Vector(self.x ^ o.x, self.y ^ o.y)
    def __lshift__(self, n): return Vector(self.x << n, self.y << n)
    def __rshift__(self, n): return Vector(self.x >> n, self.y >> n)
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __ne__(self, o): return not self == o
    def __repr__(self): return f"Vector({self.x!r}, {self.y!r})"


v = Vector(1, 2)
w = Vector(3, 4)
v @= w
u = -v + w * 2 - w / 2 @ w if False else abs(w)
v **= 2
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        if term is None:
            break
        total += term
        count += 1
        average = total / count
    return average


def grouper(results, key):
    while True:
        results[key] = yield from averager()


def delegate(data):
    results = {}
    for key, values in data.items():
        group = grouper(results, key)
        next(group)
        for value in values:
            group.send(value)
        group.send(None)
    return results


def pipeline(lines):
    stripped = (line.strip() for line in lines)
    nonempty = (line for line in stripped if line)
    numbers = (int(line) for line in nonempty if line.isdigit())
    yield from (n * n for n in numbers)


def take(n, gen):
    for i, value in zip(range(n), gen):
        yield value
    else:
        return i if n else None


def echo():
    received = yield "ready"
    while received is not None:
        received = yield f"echo: {received}"
def first_valid(items):
    for item in items:
        try:
            value = parse(item)
        except ValueError:
            continue
        except (TypeError, AttributeError) as exc:
            print("skipping", exc)
            continue
        else:
            if value is None:
                continue
            return value
        finally:
            print("checked", item)
    return None


def loop_with_finally():
    while True:
        try:
            return step()
        finally:
            if cleanup_needed():
                continue
            break


def swallow():
    try:
        return 1
    finally:
        return 2


def reraise():
    try:
        raise ValueError("a")
    except ValueError as e:
        try:
            raise TypeError("b") from e
        except TypeError:
            raise
    except:
        pass
class AppError(Exception):
    """Base error."""

    code = 1

    def __init__(self, message: str, *, detail: object = None) -> None:
        super().__init__(message)
        self.detail = detail

    def __str__(self) -> str:
        base = super().__str__()
        return f"[{self.code}] {base}" + (f" ({self.detail})" if self.detail else "")


class NotFound(AppError, LookupError):
    code = 404


class Conflict(AppError):
    code = 409


def lookup(store, key):
    try:
        return store[key]
    except KeyError as exc:
        raise NotFound(f"missing {key!r}", detail=exc) from exc


def insert(store, key, value):
    if key in store:
        raise Conflict(f"{key!r} exists")
    store[key] = value


def safely(fn, *args):
    try:
        return fn(*args), None
    except NotFound as e:
        return None, e
    except (Conflict, ValueError) as e:
        return None, e
    except AppError:
        raise
    except BaseException as e:
        raise AppError("unexpected") from e
import contextlib
import os
import tempfile
from contextlib import contextmanager, suppress, ExitStack, redirect_stdout
from io import StringIO


@contextmanager
def cd(path):
    old = os.getcwd()
    os.chdir(path)
    try:
        yield path
    finally:
        os.chdir(old)


def run():
    with suppress(FileNotFoundError), StringIO() as buf, redirect_stdout(buf):
        os.remove("does-not-exist")
        print("captured")
    with ExitStack() as stack:
        files = [stack.enter_context(open(name)) for name in ("a", "b")]
        stack.callback(print, "closing", len(files))
    with (
        tempfile.TemporaryDirectory() as tmp,
        cd(tmp) as here,
        contextlib.nullcontext(here) as same,
    ):
        assert here == same == tmp
    with cd("/"): pass
def make_bank():
    accounts = {}
    next_id = 0

    def open_account(owner, balance=0):
        nonlocal next_id
        next_id += 1
        history = []

        def deposit(amount):
            nonlocal balance
            if amount <= 0:
                raise ValueError("amount must be positive")
            balance += amount
            history.append(("deposit", amount))
            return balance

        def withdraw(amount):
            nonlocal balance
            if amount > balance:
                raise ValueError("insufficient funds")
            balance -= amount
            history.append(("withdraw", amount))
            return balance

        def report():
            def fmt(entry):
                kind, amount = entry
                return f"{kind:<8}{amount:>10.2f}"
            return "\n".join(map(fmt, history)) + f"\n{'total':<8}{balance:>10.2f}"

        accounts[next_id] = (owner, deposit, withdraw, report)
        return next_id

    def get(account_id):
        return accounts[account_id]

    return open_account, get
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
transposed = [[row[i] for row in matrix] for i in range(len(matrix[0]))]
diagonal = [matrix[i][i] for i in range(len(matrix))]
flattened = [x for row in matrix for x in row if x % 2 if x > 2]
lookup = {(r, c): v for r, row in enumerate(matrix) for c, v in enumerate(row)}
inverse = {v: k for k, v in lookup.items()}
primes = [n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
words = "the quick brown fox jumps over the lazy dog".split()
lengths = {w: len(w) for w in words if len(w) > 3}
letters = {c for w in words for c in w if c not in "aeiou"}
grouped = {
    k: [w for w in words if w[0] == k]
    for k in sorted({w[0] for w in words})
}
pairs = [
    (a, b)
    for a in range(5)
    if a % 2 == 0
    for b in range(a)
    if (a + b) % 3 == 0
]
nested_gen = sum(sum(x for x in row) for row in matrix)
cond = [x if x % 2 else -x for x in range(10) if x]
tuples = [(i, j, k) for i, (j, k) in enumerate(zip("ab", "cd"))]
import numpy as np

a = np.arange(100).reshape(10, 10)
row = a[0]
col = a[:, 0]
block = a[2:5, 3:7]
strided = a[::2, 1::3]
reversed_rows = a[::-1, :]
corner = a[-3:, -3:]
ellipsis = a[..., 0]
new_axis = a[:, None, :]
mask = a[a > 50]
fancy = a[[1, 2, 3], [4, 5, 6]]
mixed = a[1:-1, [0, -1]]
a[0, :] = 0
a[:, -1] = a[:, 0] * 2
a[1:3, 1:3] += 1
a[..., ::2] = -a[..., 1::2]
b = a[np.newaxis, ...]
c = a[tuple(slice(None) for _ in range(2))]
d = a[slice(1, 2), slice(None, None, 2)]
e = a[(0, 1)]
f = a[0,]
g = a[()]
h = a[lo:hi, lo:hi:step]
i = a[:: -1]
j = a[ : : ]
k = a[ 1 : 2 : 3 , 4 ]
class Καλάθι:
    """Greek shopping basket."""

    def __init__(self, *, προϊόντα=None, έκπτωση=0.0):
        self.προϊόντα = list(προϊόντα or [])
        self.έκπτωση = έκπτωση

    def σύνολο(self):
        return sum(τιμή for _, τιμή in self.προϊόντα) * (1 - self.έκπτωση)


π = 3.14159
τ = 2 * π
半径 = 2.0
面积 = π * 半径 ** 2
print(f"{面积:.2f} {π=:.3f} {τ!r}")
καλάθι = Καλάθι(προϊόντα=[("μήλο", 1.2)], έκπτωση=0.1)
print(καλάθι.σύνολο())
straße = {"größe": 3}
größe = straße["größe"]
ﬁle = "ligature normalises to file"
𝔘𝔫𝔦𝔠𝔬𝔡𝔢 = "mathematical fraktur"
ᵢ = "modifier letter"
import math
import operator as op

Symbol = str
Number = (int, float)


def tokenize(src: str) -> list[str]:
    return src.replace("(", " ( ").replace(")", " ) ").split()


def read_from(tokens: list[str]):
    if not tokens:
        raise SyntaxError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens[0] != ")":
            lst.append(read_from(tokens))
        tokens.pop(0)
        return lst
    elif tok == ")":
        raise SyntaxError("unexpected )")
    try:
        return int(tok)
    except ValueError:
        try:
            return float(tok)
        except ValueError:
            return Symbol(tok)


class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer

    def find(self, var):
        return self if var in self else self.outer.find(var)


def standard_env() -> Env:
    env = Env()
    env.update(vars(math))
    env.update({"+": op.add, "-": op.sub, "*": op.mul, "/": op.truediv,
                ">": op.gt, "<": op.lt, "=": op.eq, "list": lambda *x: list(x),
                "car": lambda x: x[0], "cdr": lambda x: x[1:]})
    return env


def evaluate(x, env):
    if isinstance(x, Symbol):
        return env.find(x)[x]
    elif isinstance(x, Number):
        return x
    op_, *args = x
    if op_ == "if":
        test, conseq, alt = args
        return evaluate(conseq if evaluate(test, env) else alt, env)
    elif op_ == "define":
        (symbol, exp) = args
        env[symbol] = evaluate(exp, env)
    elif op_ == "lambda":
        params, body = args
        return lambda *a: evaluate(body, Env(params, a, env))
    else:
        proc = evaluate(op_, env)
        return proc(*[evaluate(arg, env) for arg in args])
class ParseError(ValueError):
    pass


class JSONParser:
    WS = " \t\r\n"
    ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}

    def __init__(self, text: str) -> None:
        self.text, self.pos = text, 0

    def peek(self) -> str:
        while self.pos < len(self.text) and self.text[self.pos] in self.WS:
            self.pos += 1
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def expect(self, ch: str) -> None:
        if self.peek() != ch:
            raise ParseError(f"expected {ch!r} at {self.pos}")
        self.pos += 1

    def value(self):
        ch = self.peek()
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        return self.number()

    def obj(self) -> dict:
        self.expect("{")
        out = {}
        if self.peek() == "}":
            self.pos += 1
            return out
        while True:
            key = self.string()
            self.expect(":")
            out[key] = self.value()
            if self.peek() == ",":
                self.pos += 1
                continue
            self.expect("}")
            return out

    def arr(self) -> list:
        self.expect("[")
        items = []
        while self.peek() != "]":
            items.append(self.value())
            if self.peek() == ",":
                self.pos += 1
        self.pos += 1
        return items

    def string(self) -> str:
        self.expect('"')
        buf = []
        while (ch := self.text[self.pos]) != '"':
            if ch == "\\":
                self.pos += 1
                esc = self.text[self.pos]
                buf.append(self.ESCAPES.get(esc) or chr(int(self.text[self.pos + 1:self.pos + 5], 16)))
                self.pos += 4 if esc == "u" else 0
            else:
                buf.append(ch)
            self.pos += 1
        self.pos += 1
        return "".join(buf)

    def number(self):
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] in "+-0123456789.eE":
            self.pos += 1
        s = self.text[start:self.pos]
        return float(s) if any(c in s for c in ".eE") else int(s)
import re
from dataclasses import dataclass
from typing import Iterator

KEYWORDS = frozenset({"if", "else", "while", "def", "return"})
SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?(?:[eE][+-]?\d+)?"),
    ("STRING", r'"(?:[^"\\]|\\.)*"'),
    ("NAME", r"[A-Za-z_]\w*"),
    ("OP", r"==|!=|<=|>=|[-+*/%=<>(){}\[\],:;]"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+|#[^\n]*"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join(f"(?P<{name}>{pat})" for name, pat in SPEC))


@dataclass(frozen=True, slots=True)
class Token:
    kind: str
    text: str
    line: int
    col: int


def lex(src: str) -> Iterator[Token]:
    line, line_start = 1, 0
    for m in MASTER.finditer(src):
        kind, text = m.lastgroup, m.group()
        col = m.start() - line_start
        if kind == "NEWLINE":
            line, line_start = line + 1, m.end()
            continue
        elif kind == "SKIP":
            continue
        elif kind == "MISMATCH":
            raise SyntaxError(f"unexpected {text!r} at {line}:{col}")
        elif kind == "NAME" and text in KEYWORDS:
            kind = text.upper()
        yield Token(kind, text, line, col)


for tok in lex('def f(x):\n  return x * 2.5e-3 # c\n'):
    print(f"{tok.line:>3}:{tok.col:<3} {tok.kind:<8} {tok.text!r}")
def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot, *rest = xs
    return (quicksort([x for x in rest if x < pivot])
            + [pivot]
            + quicksort([x for x in rest if x >= pivot]))


def merge_sort(xs, key=lambda x: x):
    if len(xs) < 2:
        return list(xs)
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid], key), merge_sort(xs[mid:], key)
    out, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if key(left[i]) <= key(right[j]):
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    out += left[i:] + right[j:]
    return out


def insertion_sort(a):
    for i in range(1, len(a)):
        key, j = a[i], i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a


def heapify(a, n, i):
    largest, l, r = i, 2 * i + 1, 2 * i + 2
    if l < n and a[l] > a[largest]: largest = l
    if r < n and a[r] > a[largest]: largest = r
    if largest != i:
        a[i], a[largest] = a[largest], a[i]
        heapify(a, n, largest)


def heap_sort(a):
    n = len(a)
    for i in range(n // 2 - 1, -1, -1):
        heapify(a, n, i)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        heapify(a, end, 0)
    return a
#!/usr/bin/env python3
"""Command line tool."""
import argparse
import logging
import sys

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="asl", description=__doc__)
    p.add_argument("files", nargs="*", help="input files")
    p.add_argument("-v", "--verbose", action="count", default=0)
    p.add_argument("-o", "--output", type=argparse.FileType("w"), default=sys.stdout)
    sub = p.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run")
    run.add_argument("--jobs", "-j", type=int, default=1, metavar="N")
    check = sub.add_parser("check")
    check.add_argument("--strict", action="store_true")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING - 10 * min(args.verbose, 2),
                        format="%(levelname)s %(message)s")
    log.debug("args: %r", args)
    if args.command == "run":
        for f in args.files:
            print(f"running {f} with {args.jobs} job{'s' if args.jobs != 1 else ''}", file=args.output)
    elif args.command == "check":
        failures = [f for f in args.files if not f.endswith(".asl")]
        if failures and args.strict:
            log.error("bad files: %s", ", ".join(failures))
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
from enum import Enum, IntFlag


class State(Enum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    DONE = "done"


class Perm(IntFlag):
    R = 0b100
    W = 0b010
    X = 0b001
    RWX = R | W | X


TRANSITIONS: dict[tuple[State, str], State] = {
    (State.IDLE, "start"): State.RUNNING,
    (State.RUNNING, "pause"): State.PAUSED,
    (State.PAUSED, "resume"): State.RUNNING,
    (State.RUNNING, "finish"): State.DONE,
}


class Machine:
    def __init__(self, perms=Perm.R | Perm.X):
        self.state = State.IDLE
        self.perms = perms
        self.log: list[str] = []

    def fire(self, event: str) -> State:
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise ValueError(f"cannot {event!r} from {self.state.value}")
        if not self.perms & Perm.X:
            raise PermissionError("not executable")
        old, self.state = self.state, TRANSITIONS[key]
        self.log.append(f"{old.name} --{event}--> {self.state.name}")
        return self.state


m = Machine()
for ev in ("start", "pause", "resume", "finish"):
    m.fire(ev)
print(*m.log, sep="\n")
import asyncio

clients: set[asyncio.StreamWriter] = set()


async def broadcast(message: bytes, sender: asyncio.StreamWriter | None = None) -> None:
    for writer in list(clients):
        if writer is sender:
            continue
        try:
            writer.write(message)
            await writer.drain()
        except ConnectionError:
            clients.discard(writer)


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    peer = writer.get_extra_info("peername")
    clients.add(writer)
    await broadcast(f"* {peer} joined\n".encode(), writer)
    try:
        while line := await reader.readline():
            text = line.decode(errors="replace").rstrip()
            if text == "/quit":
                break
            await broadcast(f"{peer}: {text}\n".encode(), writer)
    except asyncio.CancelledError:
        raise
    finally:
        clients.discard(writer)
        writer.close()
        await writer.wait_closed()
        await broadcast(f"* {peer} left\n".encode())


async def main(host: str = "127.0.0.1", port: int = 8888) -> None:
    server = await asyncio.start_server(handle, host, port)
    addrs = ", ".join(str(sock.getsockname()) for sock in server.sockets)
    print(f"serving on {addrs}")
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
import asyncio


class Barrier:
    def __init__(self, parties: int) -> None:
        self.parties = parties
        self.count = 0
        self.cond = asyncio.Condition()

    async def wait(self) -> int:
        async with self.cond:
            self.count += 1
            index = self.count
            if self.count == self.parties:
                self.cond.notify_all()
            else:
                await self.cond.wait_for(lambda: self.count >= self.parties)
            return index


async def waiter(event: asyncio.Event, name: str) -> str:
    print(f"{name} waiting")
    await event.wait()
    return f"{name} released"


async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0.01)
    event.set()
    done, pending = await asyncio.wait(tasks, timeout=1, return_when=asyncio.ALL_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    barrier = Barrier(3)
    print(await asyncio.gather(*(barrier.wait() for _ in range(3))))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, 42)
    print(await asyncio.wait_for(fut, timeout=1))
    lock = asyncio.Lock()
    async with lock:
        assert lock.locked()


asyncio.run(main())
import asyncio
from typing import AsyncIterator, Awaitable, Callable


async def source(n: int) -> AsyncIterator[int]:
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def amap(fn: Callable[[int], Awaitable[int]], it: AsyncIterator[int]) -> AsyncIterator[int]:
    async for x in it:
        yield await fn(x)


async def afilter(pred, it):
    async for x in it:
        if await pred(x) if asyncio.iscoroutinefunction(pred) else pred(x):
            yield x


async def double(x: int) -> int:
    await asyncio.sleep(0)
    return x * 2


async def main() -> None:
    pipeline = afilter(lambda v: v % 3 == 0, amap(double, source(20)))
    results = [x async for x in pipeline]
    squares = {x: x ** 2 async for x in source(5)}
    evens = [x for x in [await double(i) for i in range(5)] if x % 4 == 0]
    async def agen():
        yield 1
    first = await anext(agen())
    total = sum([v async for v in source(10) if v % 2])
    print(results, squares, evens, first, total)


asyncio.run(main())
import logging
import logging.config

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "verbose": {
            "format": "{asctime} {levelname:<8} {name}: {message}",
            "style": "{",
        },
        "simple": {"format": "%(levelname)s %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "simple",
            "level": "DEBUG",
        },
        "file": {
            "class": "logging.handlers.RotatingFileHandler",
            "filename": "app.log",
            "maxBytes": 10 * 1024 * 1024,
            "backupCount": 5,
            "formatter": "verbose",
        },
    },
    "loggers": {
        "": {"handlers": ["console"], "level": "INFO"},
        "app": {"handlers": ["console", "file"], "level": "DEBUG", "propagate": False},
    },
}

logging.config.dictConfig(LOGGING)
log = logging.getLogger("app")
log.info("started %s", "app")
log.debug("config keys: %s", ", ".join(LOGGING))
import math
from dataclasses import dataclass

G = 6.674_30e-11
DT = 1e-3


@dataclass
class Body:
    x: float
    y: float
    vx: float = 0.0
    vy: float = 0.0
    m: float = 1.0


def step(bodies: list[Body], dt: float = DT) -> None:
    for a in bodies:
        ax = ay = 0.0
        for b in bodies:
            if a is b:
                continue
            dx, dy = b.x - a.x, b.y - a.y
            r2 = dx * dx + dy * dy + 1e-9
            f = G * b.m / (r2 * math.sqrt(r2))
            ax += f * dx
            ay += f * dy
        a.vx += ax * dt
        a.vy += ay * dt
    for body in bodies:
        body.x += body.vx * dt
        body.y += body.vy * dt


def energy(bodies):
    kinetic = sum(0.5 * b.m * (b.vx ** 2 + b.vy ** 2) for b in bodies)
    potential = -sum(
        G * a.m * b.m / math.hypot(a.x - b.x, a.y - b.y)
        for i, a in enumerate(bodies)
        for b in bodies[i + 1:]
    )
    return kinetic + potential


sun = Body(0, 0, m=1.989e30)
earth = Body(1.496e11, 0, vy=29.78e3, m=5.972e24)
system = [sun, earth]
e0 = energy(system)
for _ in range(1_000):
    step(system, dt=3600.)
print(f"drift: {abs(energy(system) - e0) / abs(e0):.3e}")
MASK32 = 0xFFFF_FFFF
MASK64 = (1 << 64) - 1
HIGH_BIT = 0x8000_0000_0000_0000
PERMS = 0o755
FLAGS = 0B1010_0101


def popcount(x: int) -> int:
    count = 0
    while x:
        x &= x - 1
        count += 1
    return count


def rotl32(x: int, n: int) -> int:
    return ((x << n) | (x >> (32 - n))) & MASK32


def reverse_bits(x: int, width: int = 8) -> int:
    out = 0
    for _ in range(width):
        out = (out << 1) | (x & 1)
        x >>= 1
    return out


def fnv1a(data: bytes) -> int:
    h = 0xcbf29ce484222325
    for byte in data:
        h ^= byte
        h = (h * 0x100000001b3) & MASK64
    return h


def sign_extend(value: int, bits: int) -> int:
    sign = 1 << (bits - 1)
    return (value & (sign - 1)) - (value & sign)


x = ~0 & MASK32
y = -x >> 3 ^ 0x5A5A << 2 | 0o17 & 0b11
print(hex(fnv1a(b"hello")), popcount(FLAGS), rotl32(0x1234_5678, 8), sign_extend(0xFF, 8))
from datetime import datetime, timedelta, timezone

now = datetime(2024, 2, 29, 13, 5, 9, tzinfo=timezone.utc)
stamp = f"{now:%Y-%m-%d %H:%M:%S}"
iso = f"{now:%Y-%m-%dT%H:%M:%S%z}"
human = f"{now:%A, %B %d}"
percent = f"{now:%%}"
week = f"week {now:%W} of {now.year}"
later = now + timedelta(days=1, hours=2)
delta = later - now
report = f"{delta.total_seconds():,.0f}s since {now:%H:%M} ({delta!s})"
table = "\n".join(
    f"{d:%a %d}|{(now + timedelta(days=d.day % 3)):%m/%d}"
    for d in (now + timedelta(days=i) for i in range(3))
)
nested = f"{now:{'%Y' if True else '%y'}}"
import pytest


def add(a, b):
    return a + b


def test_add():
    assert add(1, 2) == 3
    assert add(-1, 1) == 0, "inverse"
    assert add("a", "b") == "ab"
    assert not add(0, 0)
    assert add(0.1, 0.2) == pytest.approx(0.3)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (1, 1, 2),
        (2, 3, 5),
        pytest.param(1, "x", None, marks=pytest.mark.xfail(raises=TypeError)),
    ],
)
def test_parametrized(a, b, expected):
    assert add(a, b) == expected


def test_raises():
    with pytest.raises(ZeroDivisionError, match=r"division by zero"):
        1 / 0
    with pytest.raises(KeyError) as excinfo:
        {}["missing"]
    assert excinfo.value.args == ("missing",)


class TestGroup:
    @pytest.fixture(autouse=True)
    def setup(self, tmp_path):
        self.path = tmp_path / "f.txt"
        yield
        self.path.unlink(missing_ok=True)

    def test_write(self):
        self.path.write_text("x")
        assert self.path.read_text() == "x"
from __future__ import annotations


class Node:
    def accept(self, visitor):
        method = getattr(visitor, f"visit_{type(self).__name__}", visitor.generic_visit)
        return method(self)


class Num(Node):
    def __init__(self, value: float) -> None:
        self.value = value


class BinOp(Node):
    def __init__(self, op: str, left: Node, right: Node) -> None:
        self.op, self.left, self.right = op, left, right


class Neg(Node):
    def __init__(self, operand: Node) -> None:
        self.operand = operand


class Evaluator:
    def generic_visit(self, node):
        raise TypeError(f"no visit_{type(node).__name__}")

    def visit_Num(self, node: Num) -> float:
        return node.value

    def visit_Neg(self, node: Neg) -> float:
        return -node.operand.accept(self)

    def visit_BinOp(self, node: BinOp) -> float:
        l, r = node.left.accept(self), node.right.accept(self)
        return {"+": l + r, "-": l - r, "*": l * r, "/": l / r if r else float("nan")}[node.op]


class Printer(Evaluator):
    def visit_Num(self, node):
        return repr(node.value)

    def visit_Neg(self, node):
        return f"-({node.operand.accept(self)})"

    def visit_BinOp(self, node):
        return f"({node.left.accept(self)} {node.op} {node.right.accept(self)})"


tree = BinOp("+", Num(1), BinOp("*", Neg(Num(2)), Num(3)))
print(tree.accept(Printer()), "=", tree.accept(Evaluator()))
handlers = {
    "add": lambda a, b: a + b,
    "neg": lambda a: -a,
    "const": lambda: 0,
    "varargs": lambda *xs, **kw: (xs, kw),
}
sorted_items = sorted(items, key=lambda kv: (-kv[1], kv[0]))
filtered = list(filter(lambda x: x % 2 and x > 3, range(10)))
composed = (lambda f, g: lambda x: f(g(x)))(str, abs)
curried = lambda a: lambda b: lambda c: a * b * c
default_lambda = lambda x, f=lambda y: y * 2: f(x)
in_fstring = f"{(lambda: 'hi')()}"
in_list = [lambda: i for i in range(3)]
in_cond = (lambda: 1) if flag else lambda: 2
immediately = (lambda *a: sum(a))(1, 2, 3)
y_combinator = lambda f: (lambda x: x(x))(lambda x: f(lambda *a: x(x)(*a)))
fact = y_combinator(lambda self: lambda n: 1 if n < 2 else n * self(n - 1))


def apply(fn=lambda: None, *, on_error=lambda e: print(e)):
    try:
        return fn()
    except Exception as e:
        return on_error(e)
global a
a = 1
global b, c


def reset():
    global a
    a = 0


class Holder:
    global b
    b = 2

    def method(self):
        value = 1

        def inner():
            nonlocal value
            global c
            value += 1
            c = value
            return value

        return inner()


def uses_both():
    x = 0

    def level1():
        nonlocal x

        def level2():
            nonlocal x
            x += 1
            return x

        return level2()

    return level1()
import os; import sys; from math import pi
x = 1; y = 2; z = x + y;
def f(a): return a * 2
def g(a): a += 1; return a
class P: x = 1; y = 2
class Q(P): pass
if x: y = 1
if x: pass
elif y: pass
else: z = 0; w = 1
while x: x -= 1; continue
for i in range(2): pass
try: import json
except ImportError: json = None
else: pass
finally: pass
with open(os.devnull) as fh: fh.read(); fh.close()
async def h(): await g(1); return None
lambda_ = lambda: 0; del lambda_
global q; q = 0
assert x, "message"; raise SystemExit(0) if False else None
def render(match, case=None, _=0, type="str", *, print=print):
    return match, case, _, type, print


def _(x):
    return x


_ = _(1)
__ = [_ for _ in range(3)]
match = {"case": 1}
match["case"] += 1
case = match.get("case")
render(match=match, case=case, _=_, type=type)


class match:
    case = 1
    type = 2
    _ = 3


obj = match()
obj.match = obj.case
obj.type = obj._
match.case, match.type = 10, 20
print(match, case, match.case)
lambda match, case: match + case
match: int = 1
case: str = "x"
type: type = int
def gen():
    x: int = yield
    y: list[int] = yield 1
    z: tuple = yield from other()
    w: tuple = 1, 2
    s: list = [*x, *y]
    return x


a.b: int
(a.b): int = 1
a[0:1]: list
(a[0]): int = 2
a.b.c.d: "forward" = None
x: lambda: int = 1
y: (yield_) = 0
z: int if flag else str = 0
v: [int, str]
u: {"key": int}
t: 1 + 2 = 3
s: f"{x}" = ""
r: list[int,] = []
q: dict[str, "Q"] = {}
p: tuple[()] = ()
o: callable[..., None] = print
x = 0
x += 1, 2
x -= (1)
x *= -1
x /= 2.5
x //= 1e1
x %= 0x10
x **= 0.5
x &= ~0
x |= 1 << 8
x ^= x >> 1
x <<= True
x >>= False
x @= y @ z
a[1:2] += [3]
a[::2] *= 2
a[i][j] **= 2
a.b.c -= 1
a().b += 1
a[f()].c |= {1}
s = ""
s += "abc" "def"
s += f"{x}"
s *= 3
n = 0
for i in range(10): n += i
while n: n //= 2
x += yield_ if flag else 0
x += (yield_ := 3)
a, *b = [1, 2, 3]
*a, b = [1, 2, 3]
a, *b, c = range(10)
[a, *b] = "xyz"
(a, *b), c = [1, 2], 3
a, (b, *c), *d = 1, (2, 3, 4), 5, 6
for a, *rest in [[1, 2, 3]]:
    pass
for (a, *b), c in [([1, 2], 3)]:
    pass
with ctx() as (a, *b):
    pass
squares = [rest for first, *rest in rows]
lookup = {head: tail for head, *tail in rows}
*(a, b), = [(1, 2)]
[*[a, b]] = [1, 2]
first, *_ = line.split()
*_, last = line.split()
obj.a, *obj.b = 1, 2
x[0], *x[1:] = 1, 2, 3
p1 = a if b else lambda: c
p2 = not a and b
p3 = -a.b
p4 = -a[0]
p5 = -a ** -b ** c
p6 = a * b @ c
p7 = a < b | c
p8 = a & b == c
p9 = a or b if c else d
p10 = (a, b) == (c, d)
p11 = a, b == c, d
p12 = a and (b and c)
p13 = (a and b) and c
p14 = a or (b or c)
p15 = a and b or c and d or e
p16 = not (a or b)
p17 = ~-+a
p18 = a ** ~b
p19 = a + b if c + d else e + f
p20 = a << b >> c << d
p21 = a - (b - c)
p22 = (a ** b) ** c
p23 = a / b * c / d
p24 = a in b in c
p25 = a is b is c
p26 = not a is not b
p27 = a ^ b | c ^ d & e
p28 = a @ b @ c
p29 = a % b % c
p30 = -a % b
p31 = a * -b ** c
p32 = lambda: a or b
p33 = [a for b in c if d or e if not f]
p34 = a if b else (c if d else e)
p35 = (a if b else c) + 1
p36 = a + (b if c else d)
a = -1
b = -1.5
c = -1j
d = +0
e = ~1
f = not 0
g = - 1
h = -(1)
i = -(-1)
j = --1
k = -~1
l = [-1, -2, -3]
m = {-1: -1}
n = (-1,)
o = f(-1, x=-1)
p = x[-1]
q = x[-1:-2:-3]
r = 1 - -1
s = -1 ** 2
t = (-1) ** 2
u = -0x10 + -0o10 + -0b10
v = -1e10
w = -.5
x = +-1
y = not -1
z = -True
a = x and y
b = x or y
c = x and y and z
d = x or y or z
e = x and y or z
f = x or y and z
g = (x or y) and z
h = x and (y or z)
i = not x and not y
j = not (x and y)
k = x or not y
l = w and x and y or z and v
m = w or x or y and z or v
n = (x and y) and (z and w)
o = x and (y and z)
p = (x or y) or z
if x and y or not z:
    pass
while not done and (retries > 0 or force):
    retries -= 1
result = value or default or fallback() or None
total = sum(x for x in range(10))
biggest = max(len(w) for w in words)
joined = ", ".join(str(n) for n in numbers if n)
mapping = dict((k, v) for k, v in pairs)
frozen = frozenset(c for c in text)
found = any(p.match(s) for p in patterns for s in strings)
first = next(x for x in items if x > 3)
obj.method(i * i for i in range(5))
obj.a.b(x for x in y)(z for z in w)
result = f(x for x in [1, 2, 3])[0]
with_walrus = all((y := x) > 0 for x in values)
nested = list(list(y for y in x) for x in rows)
tupled = tuple(x for x, in singles)
sorted_gen = sorted((x for x in data), key=abs)


@register(name for name in ("a", "b"))
def decorated():
    pass


class Meta(base(x for x in bases)):
    pass


async def agen_arg(src):
    return await consume(x async for x in src)
import re
import sys
from collections import Counter, defaultdict, OrderedDict
from itertools import groupby, islice
from operator import itemgetter

WORD = re.compile(r"[a-z']+")
STOP = {"the", "a", "an", "and", "or", "of", "to", "in"}


def words(text: str):
    for m in WORD.finditer(text.lower()):
        if (w := m.group().strip("'")) and w not in STOP:
            yield w


def top(text: str, n: int = 10) -> list[tuple[str, int]]:
    return Counter(words(text)).most_common(n)


def by_length(text: str) -> dict[int, list[str]]:
    groups = defaultdict(list)
    for w in sorted(set(words(text)), key=len):
        groups[len(w)].append(w)
    return dict(groups)


def runs(seq):
    return [(k, sum(1 for _ in g)) for k, g in groupby(seq)]


if __name__ == "__main__":
    text = sys.stdin.read()
    for word, count in top(text):
        print(f"{word:<15}{count:>6}{'*' * min(count, 40):>42}")
    ordered = OrderedDict(sorted(by_length(text).items(), key=itemgetter(0), reverse=True))
    print(list(islice(ordered.items(), 3)))
from __future__ import annotations
from typing import Iterator, Optional


class TreeNode:
    __slots__ = ("key", "left", "right")

    def __init__(self, key: int, left: Optional[TreeNode] = None, right: Optional[TreeNode] = None):
        self.key, self.left, self.right = key, left, right


class BST:
    def __init__(self) -> None:
        self.root: Optional[TreeNode] = None
        self.size = 0

    def insert(self, key: int) -> None:
        if self.root is None:
            self.root = TreeNode(key)
        else:
            node = self.root
            while True:
                if key < node.key:
                    if node.left is None:
                        node.left = TreeNode(key); break
                    node = node.left
                elif key > node.key:
                    if node.right is None:
                        node.right = TreeNode(key); break
                    node = node.right
                else:
                    return
        self.size += 1

    def __contains__(self, key: int) -> bool:
        node = self.root
        while node and node.key != key:
            node = node.left if key < node.key else node.right
        return node is not None

    def __iter__(self) -> Iterator[int]:
        def walk(n):
            if n:
                yield from walk(n.left)
                yield n.key
                yield from walk(n.right)
        return walk(self.root)

    def height(self, node=..., /) -> int:
        node = self.root if node is ... else node
        return 0 if node is None else 1 + max(self.height(node.left), self.height(node.right))


t = BST()
for k in [5, 3, 8, 1, 4, 7, 9]:
    t.insert(k)
print(list(t), 4 in t, t.height())
