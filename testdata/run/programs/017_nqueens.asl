def queens(n):
    cols, diag1, diag2 = set(), set(), set()
    placement = []
    def place(row):
        if row == n:
            yield list(placement)
            return
        for c in range(n):
            if c in cols or row - c in diag1 or row + c in diag2:
                continue
            cols.add(c); diag1.add(row - c); diag2.add(row + c)
            placement.append(c)
            yield from place(row + 1)
            placement.pop()
            cols.discard(c); diag1.discard(row - c); diag2.discard(row + c)
    yield from place(0)
for n in range(1, 9):
    sols = list(queens(n))
    print(n, len(sols), sols[0] if sols else None)
first = next(queens(8))
for c in first:
    print(" ".join("Q" if i == c else "." for i in range(8)))
def is_valid(p):
    return all(p[i] != p[j] and abs(p[i] - p[j]) != j - i for i in range(len(p)) for j in range(i + 1, len(p)))
print(all(is_valid(s) for s in queens(6)))
gen = queens(10)
print([next(gen) for _ in range(3)])
gen.close()
def count_bitmask(n):
    full = (1 << n) - 1
    def solve(cols, d1, d2):
        if cols == full:
            return 1
        total = 0
        avail = full & ~(cols | d1 | d2)
        while avail:
            bit = avail & -avail
            avail -= bit
            total += solve(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)
        return total
    return solve(0, 0, 0)
print([count_bitmask(n) for n in range(1, 10)])
