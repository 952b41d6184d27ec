a = u"first" "second"
b = "first" u"second"
c = u"a" u"b" u"c"
d = (u"multi"
     "line"
     u"kinds")
e = u"with" f"{1}"
f = f"{1}" u"after"
g = ("" "")
h = ('' "" '''''' """""")
i = "a" 'b' """c""" '''d'''
j = r"\a" "\a" R"\b"
k = f"{a}" rf"\{b}" F"{c}"
l = "x" f"" "y"
m = (
    u"header: "
    f"{a!r}"
    " | "
    f"{b:>{len(c)}}"
    u" end"
)
