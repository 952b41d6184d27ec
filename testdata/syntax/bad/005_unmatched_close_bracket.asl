data = [1, 2, 3]
z = data[0]]
