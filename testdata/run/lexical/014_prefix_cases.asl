v = 7
print(r"a\n", R"a\n", b"b", B"b", f"{v}", F"{v}")
print(rb"\x", rB"\x", Rb"\x", RB"\x", br"\x", bR"\x", Br"\x", BR"\x")
print(fr"{v}\n", fR"{v}\n", Fr"{v}\n", FR"{v}\n", rf"{v}\t", rF"{v}\t", Rf"{v}\t", RF"{v}\t")
print(f'''{v}
{v + 1}''', rf'''{v}\
''', b'''x''', R'''\\''')
print(r'\'', r"\"", len(r'\''), repr(r"\n"))
print("a" 'b' f"{v}" r"\d" """e""")
print(b"a" rb"\b" B'c')
