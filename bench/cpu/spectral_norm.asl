# Spectral norm of an infinite matrix: float division, nested loops, list
# comprehensions, sum() over generator expressions, zip.


def eval_a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def mul_av(v, n):
    return [sum(eval_a(i, j) * vj for j, vj in enumerate(v)) for i in range(n)]


def mul_atv(v, n):
    return [sum(eval_a(j, i) * vj for j, vj in enumerate(v)) for i in range(n)]


def mul_atav(v, n):
    return mul_atv(mul_av(v, n), n)


def spectral_norm(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = mul_atav(u, n)
        u = mul_atav(v, n)
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return (vbv / vv) ** 0.5


print("spectral_norm %.9f" % spectral_norm(560))
