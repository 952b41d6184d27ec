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
