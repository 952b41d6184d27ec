folder = "docs"
pattern = "*.txt"
a = rf"C:\{folder}\{pattern}"
b = fr"\d+{folder}\s*"
c = Rf"\t{folder!r}"
d = rF'\n{pattern:>10}'
e = FR"{{\w}}{folder}"
f = fR'''multi
\line {folder}
'''
g = rf"{folder=}\x"
h = Fr"" rf'' fr"{folder}"
