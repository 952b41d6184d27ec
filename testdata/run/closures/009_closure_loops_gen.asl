def running_avg():
    total = 0
    count = 0
    def add(x):
        nonlocal total, count
        total += x
        count += 1
        return total / count
    return add
avg = running_avg()
print([avg(x) for x in [10, 20, 30, 5]])
def make_fibs():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        r = a
        a, b = b, a + b
        return r
    return nxt
nf = make_fibs()
print([nf() for _ in range(12)])
def cell_in_comprehension():
    k = 3
    return [lambda x: x * k for _ in range(2)], {j: (lambda: j * k) for j in range(2)}
fl, fd = cell_in_comprehension()
print([f(2) for f in fl], {j: f() for j, f in fd.items()})
