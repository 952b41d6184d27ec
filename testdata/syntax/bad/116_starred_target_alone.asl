xs = [1, 2]
*a = xs
