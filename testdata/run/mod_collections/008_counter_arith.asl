# Counter arithmetic: + - & |, unary + and -, in-place forms, comparisons.
from collections import Counter

a = Counter(x=4, y=2, z=0, w=-1)
b = Counter(x=1, y=3, v=2, w=-3)
print("a+b", a + b)
print("a-b", a - b)
print("a|b", a | b)
print("a&b", a & b)
print("+a", +a)
print("-a", -a)
print("-b", -b)

c = Counter(x=1)
c += Counter(x=2, y=-5)
print("+=", c)
c -= Counter(x=10)
print("-=", c)
d = Counter(p=3, q=1)
d |= Counter(q=4, r=0)
print("|=", d)
d &= Counter(p=1, q=9)
print("&=", d)

print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == Counter(a=2))
print(Counter(a=1) <= Counter(a=2, b=1), Counter(a=3) <= Counter(a=2))
print(Counter(a=1) < Counter(a=1), Counter(a=1) < Counter(a=1, b=1))
print(Counter(a=2, b=2) >= Counter(a=1), Counter(a=2) > Counter(a=2))
print(Counter(a=1) == {"a": 1}, Counter() == Counter(z=0))

try:
    Counter(a=1) + {"a": 1}
except TypeError as e:
    print("TypeError", e)

inventory = Counter(apple=5, pear=2, plum=7)
order = Counter(apple=2, plum=7, kiwi=1)
left = inventory - order
missing = order - inventory
print("left:", left)
print("missing:", missing)
print("after restock:", left + Counter(kiwi=4, pear=1))
