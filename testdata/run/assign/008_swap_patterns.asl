a, b = "left", "right"
a, b = b, a
print(a, b)
l = [5, 4, 3, 2, 1]
for i in range(len(l)):
    for j in range(len(l) - 1 - i):
        if l[j] > l[j + 1]:
            l[j], l[j + 1] = l[j + 1], l[j]
print(l)
x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)
m = [[1, 2], [3, 4]]
m[0][1], m[1][0] = m[1][0], m[0][1]
print(m)
i = 0
arr = [10, 20]
arr[i], i = 99, 1
print(arr, i)
