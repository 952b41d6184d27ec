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
