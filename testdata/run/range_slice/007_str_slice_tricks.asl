def is_pal(s):
    s = "".join(c.lower() for c in s if c.isalnum())
    return s == s[::-1]
for t in ["racecar", "A man, a plan, a canal: Panama", "hello", "", "ab"]:
    print(repr(t), is_pal(t))
s = "hello world"
print(s[:5][::-1] + s[5:], s[len(s) // 2:], s[-1:-len(s) - 1:-1])
words = s.split()
print([w[0] for w in words], [w[-1] for w in words], [w[1:-1] for w in words])
chunks = [s[i:i + 3] for i in range(0, len(s), 3)]
print(chunks)
print(s[::len(s) - 1], s[1::2], s[::-1][::2])
