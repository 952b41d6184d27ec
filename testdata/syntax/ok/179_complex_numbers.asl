import cmath

z1 = 3 + 4j
z2 = complex(1, -1)
z3 = 2.5J - 1e-3j
z4 = -1j * 1j
z5 = (1 + 2j) ** 2
z6 = z1.conjugate() / abs(z1)
z7 = 1j ** 0.5
roots = [cmath.exp(2j * cmath.pi * k / 5) for k in range(5)]
polar = cmath.polar(z1)
rect = cmath.rect(1, cmath.pi / 4)
real, imag = z1.real, z1.imag
mixed = 1 + 1.0 + 1j + 0j + .0j + 1.J
huge = 1e308j * 10
print(f"{z1:.2f} {z5!r} {abs(z6):g} {polar[0]:.1f}∠{polar[1]:.3f}")
