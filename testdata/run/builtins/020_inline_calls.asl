# len, list.append and dict.get on their common and uncommon arguments.
class L(list):
    def __len__(self):
        return 42


class Sized:
    def __len__(self):
        return 7


print(len([1, 2]), len("héllo"), len((1,)), len({1: 2}), len({1, 2}), len(b"ab"), len(range(5)))
print(len(L([1])), len(Sized()))
for bad in (5, None):
    try:
        len(bad)
    except TypeError as e:
        print(e)
try:
    len()
except TypeError as e:
    print(e)
try:
    len([], [])
except TypeError as e:
    print(e)
a = []
a.append(1)
app = a.append
app(2)
try:
    a.append()
except TypeError as e:
    print(e)
try:
    a.append(1, 2)
except TypeError as e:
    print(e)
print(a)
d = {"a": 1, 2: "two", (1, 2): "t"}
print(d.get("a"), d.get("b"), d.get("b", 0), d.get(2), d.get((1, 2)), d.get(2.0))
get = d.get
print(get("a"), get("zz", "dflt"))
try:
    d.get([1])
except TypeError as e:
    print(e)
try:
    d.get()
except TypeError as e:
    print(e)


def shadow():
    len = lambda x: "mine"
    return len([1, 2, 3])


print(shadow())
