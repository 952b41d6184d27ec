# replacement templates: escapes, octal, group references and their errors
import re

p = re.compile(r"(a)(b)(?P<third>c)?")
for tpl in [r"[\1|\2|\3]", r"\g<third>!", r"\g<0>\g<0>", r"\0", r"\012", r"x\08",
            r"\n\t\\", r"\.\-", r"\g<2>0", r"\1" + "0"]:
    print(repr(tpl), repr(p.sub(tpl, "abc ab")))

for tpl in [r"\4", r"\g<zz>", r"\g<1", "\\", r"\g", r"\g<>", r"\g<1a>",
            r"\g<-1>", r"ab\q", r"\g<4>", "x\\g<a b>", r"\10", r"\777"]:
    try:
        print(repr(p.sub(tpl, "abc")))
    except re.error as e:
        print(repr(tpl), "error:", e, "| msg:", e.msg, "| pos:", e.pos)
    except IndexError as e:
        print(repr(tpl), "IndexError:", e)

m = p.match("abc")
print(m.expand(r"<\3\2\1>"), m.expand(r"\g<third>-\g<1>"))
m = p.match("ab")
print(repr(m.expand(r"<\3>")))
