a = {**base}
b = {*items}
c = {**a, 'x': 1, **b, 'y': 2}
d = {1: 2, **{3: 4}}
e = {(1, 2): 3, (4,): 5, (): 6}
f = {k: v for k, v in zip("ab", range(2))}
g = dict(**{k: v for k, v in pairs})
h = {x for x in range(3)} | {*range(3, 6)}
i = {"nested": {"deeper": {"deepest": [{"k": (1, {2})}]}}}
j = {lambda: 1: "lambda key"}
k = {None: None, ...: ..., True: 1, 1.5: 2, 1j: 3, b"b": 4}
l = {"a": 1,
     "b": 2
     ,
     "c": 3}
m = {1: 2 if x else 3, 4 if y else 5: 6}
n = {(a := 1): (b := 2)}
o = {f(x): g(y) for x in xs for y in ys if x != y}
