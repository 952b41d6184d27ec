a = "\\n is not a newline"
b = "\\\\"
c = "ends with backslash \\"
d = '\\'
e = "\""
f = '\''
g = "\"\"\""
h = '''\'\'\''''
i = """\"""" 
j = "\x00\x7f"
k = "\u0000\uffff"
l = "\U0010FFFF"
m = "\08"
n = "\1\12\123\1234"
o = "\
"
p = "a\
b\
c"
q = "\N{SPACE}\N{NO-BREAK SPACE}"
r = "\N{GREEK SMALL LETTER ALPHA}\N{greek small letter beta}"
s = "\8\9"
t = "\ "
