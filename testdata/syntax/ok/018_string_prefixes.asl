a = r'raw\n'
b = R"RAW\t"
c = b'bytes'
d = B"BYTES"
e = u'unicode'
f = U"UNICODE"
g = f'{a}'
h = F"{b}"
i = rb'\x00'
j = Rb'\d'
k = bR'\w'
l = BR"\s"
m = br'\\'
n = rB'x'
o = Br'y'
p = fr'{a}\n'
q = Rf'{b}\t'
r = rF"{c}"
s = FR'{d}\d'
t = fR"{e}"
u = Fr'{f}'
v = RF'{g}'
w = rf'''{h}
\n'''
x = b'''multi
line bytes'''
y = u"""unicode
triple"""
z = R'''raw triple \n'''
