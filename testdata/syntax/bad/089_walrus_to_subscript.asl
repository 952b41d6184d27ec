xs = [0]
print((xs[0] := 1))
