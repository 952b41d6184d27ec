# a tokenizer for arithmetic expressions with re.finditer and named groups
import re

TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?"),
    ("NAME", r"[A-Za-z_]\w*"),
    ("OP", r"[+\-*/^()=]"),
    ("SKIP", r"[ \t]+"),
    ("NEWLINE", r"\n"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join("(?P<%s>%s)" % pair for pair in TOKEN_SPEC))


def tokenize(code):
    line = 1
    line_start = 0
    for m in MASTER.finditer(code):
        kind = m.lastgroup
        value = m.group()
        col = m.start() - line_start
        if kind == "NUMBER":
            value = float(value) if "." in value else int(value)
        elif kind == "NEWLINE":
            line += 1
            line_start = m.end()
            continue
        elif kind == "SKIP":
            continue
        elif kind == "MISMATCH":
            raise SyntaxError("unexpected %r on line %d" % (value, line))
        yield (kind, value, line, col)


src = "x = 3 + 4.5 * (y - 2)\nz = x ^ 2 / total_1"
for tok in tokenize(src):
    print(tok)

try:
    for tok in tokenize("a = 1 $ 2"):
        pass
except SyntaxError as e:
    print("SyntaxError:", e)

# evaluate a tiny RPN via the tokens
def rpn(expr):
    stack = []
    for kind, value, _, _ in tokenize(expr):
        if kind == "NUMBER":
            stack.append(value)
        else:
            b = stack.pop()
            a = stack.pop()
            stack.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b}[value])
    return stack[0]

print(rpn("3 4 + 2 *"))
print(rpn("10 4 - 3 /"))
print(MASTER.groupindex["NAME"], MASTER.groups)
