b = bytes(range(10))
print(b[2:5], b[-3:], b[:-7], b[::2], b[1::3], b[::-2], b[8:2:-2])
print(list(b[3:6]), b[5:5], b[20:], b[-20:2])
s = b"abcdefgh"
print(s[:4] + s[4:] == s, s[::-1][::-1] == s)
for i in range(0, len(s), 3):
    print(i, s[i:i + 3])
try:
    s[::0]
except ValueError as e:
    print("ValueError", e)
print(s[-3:-1], s[-1:-4:-1], s[100:-100:-1])
