class Box:
    def __init__(self):
        self.n = 1
        self.items = [1]
b = Box()
b.n += 10
b.n *= 3
b.items += [2]
print(b.n, b.items)
l = [1, 2, 3]
l[0] += 100
l[-1] **= 2
l[1] -= 5
print(l)
d = {"k": 1}
d["k"] += 1
d["k"] <<= 3
print(d)
s = "ab"
s += "cd"
s *= 2
print(s)
t = (1,)
t += (2,)
print(t)
m = [[1, 2], [3, 4]]
m[1][0] //= 2
m[0][1] %= 2
print(m)
x = 7.5
x /= 2
x //= 1
print(x)
f = 0b1010
f &= 0b0110
f |= 0b1000
f ^= 0b1111
print(f, bin(f))
calls = []
def idx():
    calls.append("idx")
    return 0
arr = [5]
arr[idx()] += 1
print(arr, calls)
