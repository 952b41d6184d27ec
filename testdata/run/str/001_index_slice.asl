s = "hello, world"
print(s[0], s[-1], s[4], s[-5])
print(s[0:5], s[7:], s[:5], s[-5:], s[:], s[::2], s[::-1], s[1:-1:3])
print(s[100:], s[-100:3], s[5:2], len(s))
u = "héllo wörld ✓ 中文"
print(len(u), u[1], u[-1], u[-2:], u[::-1])
print(ord(u[13]), u.index("✓"))
try:
    s[20]
except IndexError as e:
    print("IndexError", e)
try:
    s[0] = "H"
except TypeError as e:
    print("TypeError", e)
for ch in "abc":
    print(ch, end=" ")
print()
print("" == s[3:3], bool(""), bool(" "))
