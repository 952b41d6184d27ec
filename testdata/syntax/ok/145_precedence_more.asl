p1 = a if b else lambda: c
p2 = not a and b
p3 = -a.b
p4 = -a[0]
p5 = -a ** -b ** c
p6 = a * b @ c
p7 = a < b | c
p8 = a & b == c
p9 = a or b if c else d
p10 = (a, b) == (c, d)
p11 = a, b == c, d
p12 = a and (b and c)
p13 = (a and b) and c
p14 = a or (b or c)
p15 = a and b or c and d or e
p16 = not (a or b)
p17 = ~-+a
p18 = a ** ~b
p19 = a + b if c + d else e + f
p20 = a << b >> c << d
p21 = a - (b - c)
p22 = (a ** b) ** c
p23 = a / b * c / d
p24 = a in b in c
p25 = a is b is c
p26 = not a is not b
p27 = a ^ b | c ^ d & e
p28 = a @ b @ c
p29 = a % b % c
p30 = -a % b
p31 = a * -b ** c
p32 = lambda: a or b
p33 = [a for b in c if d or e if not f]
p34 = a if b else (c if d else e)
p35 = (a if b else c) + 1
p36 = a + (b if c else d)
