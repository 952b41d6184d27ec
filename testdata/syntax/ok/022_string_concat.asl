a = "hello" " " "world"
b = ('first line\n'
     "second line\n"
     '''third line\n'''
     """fourth""")
c = b"abc" b'def'
d = "plain " f"{a} formatted " "plain again"
e = (f"{b}"
     f'{c!r}'
     'tail')
f = u"kind " "marker"
g = "no kind " u"later"
h = r"raw\d" "cooked\t"
i = (
    "a"
    # comment between parts
    "b"
)
j = "x" \
    "y"
k = call("one"
         "two", "three")
l = f"" ""
m = "" f"{x}" ""
n = f"{x}" f"{y}"
o = u"" u""
