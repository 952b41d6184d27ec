# string.Template: substitute, safe_substitute, delimiters and errors
from string import Template

t = Template("$who likes $what")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}))
print(t.substitute({"who": "ann", "what": "tea"}, what="coffee"))
print(t.safe_substitute(who="bob"))
print(t.template)

print(Template("${noun}ification costs $$${amount}").substitute(noun="simpl", amount=5))
print(Template("$x$y ${x}y").substitute(x=1, y=2))
print(Template("100$$ and $ok").substitute(ok="fine"))
print(Template("$a_b1 $_x").substitute(a_b1="A", _x="X"))

try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)

for bad in ["$", "cost $5", "${x", "${}", "end $"]:
    try:
        print(Template(bad).substitute(x=1))
    except ValueError as e:
        print("ValueError", e)
    print(repr(Template(bad).safe_substitute(x=1)))

print(Template("$who is $age").safe_substitute({"age": 3}))
print(Template("${who} ${missing}").safe_substitute(who="me"))

class Money(Template):
    delimiter = "%"

try:
    print(Money("price: %p, 100%% sure").substitute(p="$9"))
except Exception as e:
    print(type(e).__name__, e)

# a form letter
letter = Template("""Dear $name,
your order #$order ships on ${day}.
Total: $$$total""")
for row in [("Ann", 17, "Monday", "12.50"), ("Bo", 18, "Friday", "3.00")]:
    print(letter.substitute(name=row[0], order=row[1], day=row[2], total=row[3]))
    print("--")
