a = [5, -3, 2**70, 7, 0, -2**65, 3]
print(sorted(a), sorted(a, reverse=True))
w = ["b", "a", "é", "ab", "B", "zz", "a", "日本", "ä"]
print(sorted(w), sorted(w, reverse=True), sorted(w, key=len), sorted(w, key=len, reverse=True))
ps = [(i % 3, i) for i in range(10)]
print(sorted(ps, key=lambda p: p[0]), sorted(ps, key=lambda p: p[0], reverse=True))
x = [3, 1, 2]; x.sort(reverse=True); print(x)
s = "hello world  foo\tbar\n"
print(s.split(), "".join([]), "-".join(["a"]), "-".join(("a", "b")), ",".join(["é", "x"]))
print(len(",".join(["é", "x"])), "é,x"[1], " a b ".split(), "".split(), "a\x1cb".split())
t = "abc"
print(t[1:], t[::-1], t[:10], [1,2,3][::2], (1,2,3)[1:], [1,2,3][-2:], [][1:2])
class C:
    def __getitem__(self, k): return k
print(C()[1:2], C()[::3], C()[1:2:None])
try:
    [1,2][::0]
except ValueError as e: print(e)
try:
    [1,2]["a":]
except TypeError as e: print(e)
u = ""
for ch in "héllo wörld":
    u += ch
print(u, len(u), u[1], u == "héllo wörld", hash(u) == hash("héllo wörld"))
v = "x" * 30
for i in range(5): v += "é"
print(len(v), v[-1], v[29:32])
print("a\nb\r\nc".splitlines(), "a\nb\n".splitlines(True))
def g():
    yield 1
try:
    g().send()
except TypeError as e: print(e)
