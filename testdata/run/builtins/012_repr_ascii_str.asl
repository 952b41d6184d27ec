items = ["plain", "tab\t", "é", "中文", "emoji 😀", 'q"uote', "q'uote", 42, 1.5, None, [1, "a"], (1,), {"k": "v"}]
for it in items:
    print(repr(it), ascii(it), str(it))
print(repr(repr("x")), ascii(b"bytes\xff"), ascii(["é"]))
class R:
    def __repr__(self):
        return "R<é>"
print(repr(R()), ascii(R()), str(R()), [R()])
print(ascii("plain ascii"), ascii(1.5), ascii(None), ascii({"ключ": "значение"}))
print(repr("\x00\x07\x1b"), ascii("\u00ff\u0100"), repr("\u00ff\u0100"))
print(len(repr("é")), len(ascii("é")))
