import numpy as np

a = np.arange(100).reshape(10, 10)
row = a[0]
col = a[:, 0]
block = a[2:5, 3:7]
strided = a[::2, 1::3]
reversed_rows = a[::-1, :]
corner = a[-3:, -3:]
ellipsis = a[..., 0]
new_axis = a[:, None, :]
mask = a[a > 50]
fancy = a[[1, 2, 3], [4, 5, 6]]
mixed = a[1:-1, [0, -1]]
a[0, :] = 0
a[:, -1] = a[:, 0] * 2
a[1:3, 1:3] += 1
a[..., ::2] = -a[..., 1::2]
b = a[np.newaxis, ...]
c = a[tuple(slice(None) for _ in range(2))]
d = a[slice(1, 2), slice(None, None, 2)]
e = a[(0, 1)]
f = a[0,]
g = a[()]
h = a[lo:hi, lo:hi:step]
i = a[:: -1]
j = a[ : : ]
k = a[ 1 : 2 : 3 , 4 ]
