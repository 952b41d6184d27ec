a = [0, 1, 2, 3, 4]
for i in range(-7, 8, 2):
    print(i, a[i:], a[:i], a[i::-1])
print(a[3:1], a[1:1], a[-1:0])
print(a[2:][1:][0], a[::-1][::-1] == a)
b = "01234"
for j in [-6, -1, 0, 6]:
    print(j, repr(b[j:j + 2]), repr(b[:j:-1]))
print(a[-2:10], a[10:-10:-1], a[2:2:-1])
print(a[-3:-1] == a[2:4], a[1:-1][::-1])
