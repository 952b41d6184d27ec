a = b = c = 0
x = y = [1, 2, 3]
first, second = second, first
(p, q) = 1, 2
[r, s] = (3, 4)
t, = [5]
(u,) = (6,)
[v] = [7]
head, *tail = range(10)
*init, last = "abcdef"
first, *middle, last = 1, 2, 3, 4, 5
[*everything] = items
(*rest,) = items
a, (b, c), [d, *e] = 1, (2, 3), [4, 5, 6]
((deep, er), est) = ((1, 2), 3)
obj.attr = 1
obj.inner.value = obj.attr = 2
items[0] = items[-1]
matrix[i][j] = 0
grid[1:3] = [9, 9]
grid[::2] = grid[1::2]
grid[:] = []
cache[key, other] = value
obj.items[0].name, grid[0] = "x", "y"
a = b, c = d = 1, 2
for_target = [i for i in range(3)]
