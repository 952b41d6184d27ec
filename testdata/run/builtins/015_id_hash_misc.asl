a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), isinstance(id(a), int))
print(hash(1) == hash(1.0), hash(True) == hash(1), hash((1, 2)) == hash((1, 2)))
print(hash("abc") == hash("abc"), isinstance(hash("x"), int))
try:
    hash([1])
except TypeError as e:
    print("TypeError", e)
try:
    hash({})
except TypeError as e:
    print("TypeError", e)
print(type(hash(frozenset())).__name__, hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
