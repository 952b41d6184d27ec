# The operator module's function forms of Python's operators.
import operator as op
from functools import reduce

print(op.add(2, 3), op.sub(2, 3), op.mul("ab", 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(5), op.pos(-5), op.abs(-2.5), op.invert(5), op.inv(0), op.lshift(1, 5), op.rshift(64, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.not_(0), op.truth("x"))
print(op.lt(1, 2), op.le(2, 2), op.eq("a", "a"), op.ne(1, 1), op.gt(1, 2), op.ge(3, 2))
print(op.is_(None, None), op.is_not([], []), op.contains("abc", "b"), op.concat([1], [2]))
print(op.countOf([1, 2, 1, 1], 1), op.indexOf("xyz", "z"), op.index(7), op.index(True))
print(op.length_hint([1, 2, 3]), op.length_hint(5, 10), op.call(max, 3, 9, key=lambda v: -v))

d = {"a": 1}
print(op.getitem(d, "a"), op.getitem([10, 20, 30], slice(1, None)))
op.setitem(d, "b", 2)
op.delitem(d, "a")
print(d)

x = [1]
y = op.iadd(x, [2])
print(x, y is x, op.iadd(1, 2), op.isub(5, 3), op.imul([0], 2), op.ipow(3, 3), op.imod(9, 4))
print(op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3), op.ilshift(1, 3), op.irshift(8, 1), op.itruediv(1, 8), op.ifloordiv(9, 2))
s = "ab"
print(op.iconcat(s, "cd"), s)
print(op.__add__(1, 1), op.__mul__(3, 3), op.__neg__(1), op.__not__(1), op.__getitem__("ab", 0))

print(reduce(op.mul, range(1, 6)), list(map(op.sub, [10, 20], [1, 2])), sorted([3, 1, 2], key=op.neg))
pairs = [(op.add, "+"), (op.sub, "-"), (op.mul, "*"), (op.floordiv, "//")]
for f, sym in pairs:
    print("8 %s 3 = %d" % (sym, f(8, 3)))

for thunk in [lambda: op.add(1), lambda: op.neg(), lambda: op.truediv(1, 0), lambda: op.index(1.5),
              lambda: op.indexOf([1], 2), lambda: op.concat(1, 2), lambda: op.add("a", 1)]:
    try:
        thunk()
    except Exception as e:
        print(type(e).__name__, e)
