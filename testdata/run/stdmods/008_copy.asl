# copy.copy and copy.deepcopy.
import copy


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Custom:
    def __copy__(self):
        return "custom copy"

    def __deepcopy__(self, memo):
        return "custom deepcopy"


nested = [1, [2, 3], {"k": [4]}, (5, [6])]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[1].append(99)
nested[2]["k"].append(98)
nested[3][1].append(97)
print(shallow)
print(deep)
print(shallow is nested, shallow[1] is nested[1], deep[1] is nested[1])
p = Point(1, [2])
p2, p3 = copy.copy(p), copy.deepcopy(p)
p.y.append(3)
print(p2, p3, p2 is p, type(p3).__name__)
t = (1, 2, "x")
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
loop = [1]
loop.append(loop)
d = copy.deepcopy(loop)
print(d[1] is d, d[1] is not loop)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is not shared)
print(copy.copy(Custom()), copy.deepcopy(Custom()))
print(copy.copy({1, 2}), copy.deepcopy({"a": {"b": 1}}), copy.copy("s"), copy.deepcopy(None))
print(copy.copy(len) is len, copy.deepcopy(Point) is Point)
