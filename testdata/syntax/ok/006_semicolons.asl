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
