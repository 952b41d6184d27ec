# string.Template: substitute and safe_substitute.
from string import Template
import string

t = Template("$who likes $what; ${who}s cost $$5")
print(t.substitute(who="Tim", what="kung pao"), t.substitute({"who": "Ann", "what": "tea"}))
print(t.substitute({"who": "A", "what": "B"}, what="C"))
print(Template("$name and $missing").safe_substitute(name="x"), Template("${bad $ ok").safe_substitute(ok=1))
for bad in (lambda: Template("$who").substitute(), lambda: Template("cost: $ 5").substitute(),
            lambda: Template("line1\nx ${1}").substitute()):
    try:
        bad()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(string.ascii_lowercase[:5], string.capwords("a b"), Template("$x$y").substitute(x=1, y=2.5))
