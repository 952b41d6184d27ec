print(1.5, .5, 5., 0.0)
print(1e3, 1E3, 1e-3, 1.5e+2)
print(1_000.0, 1_000.000_1, 1e1_0)
print(3.14159, 2.5e-10, 6.02e23)
print(.001, 00.5, 0e0)
print(type(1e3).__name__, type(.5).__name__)
print(1.0 == 1, 1e2 == 100)
print(123456789.0, 1e22, 1e-7)
x = 1.
y = .1e1
print(x, y, x == y, 1e0, 1E-0, 0.1E+1)
print(3.14_15, 1_0.5e1_0)
