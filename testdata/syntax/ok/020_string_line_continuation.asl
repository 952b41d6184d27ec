a = "first \
second"
b = 'no\
space'
c = """triple \
continued
and newline kept"""
d = b"bytes \
continued"
e = r"raw keeps \
backslash"
f = f"fstring {a} \
continued"
g = '''escape at end \\
real newline'''
