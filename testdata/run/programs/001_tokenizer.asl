KEYWORDS = {"let", "if", "else", "print", "while"}
OPERATORS = ["==", "!=", "<=", ">=", "+", "-", "*", "/", "=", "<", ">", "(", ")", "{", "}", ";"]
class Token:
    def __init__(self, kind, text, line, col):
        self.kind, self.text, self.line, self.col = kind, text, line, col
    def __repr__(self):
        return f"{self.kind}({self.text!r})@{self.line}:{self.col}"
class LexError(Exception):
    pass
def tokenize(src):
    tokens = []
    i, line, col = 0, 1, 1
    while i < len(src):
        c = src[i]
        if c == "\n":
            i, line, col = i + 1, line + 1, 1
            continue
        if c.isspace():
            i, col = i + 1, col + 1
            continue
        if c == "#":
            while i < len(src) and src[i] != "\n":
                i += 1
            continue
        start_col = col
        if c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(Token("FLOAT" if "." in text else "INT", text, line, start_col))
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            text = src[i:j]
            tokens.append(Token("KW" if text in KEYWORDS else "NAME", text, line, start_col))
        elif c == '"':
            j = i + 1
            while j < len(src) and src[j] != '"':
                j += 1
            if j >= len(src):
                raise LexError(f"unterminated string at {line}:{start_col}")
            j += 1
            tokens.append(Token("STR", src[i + 1:j - 1], line, start_col))
        else:
            for op in OPERATORS:
                if src.startswith(op, i):
                    j = i + len(op)
                    tokens.append(Token("OP", op, line, start_col))
                    break
            else:
                raise LexError(f"unexpected {c!r} at {line}:{start_col}")
        col += j - i
        i = j
    tokens.append(Token("EOF", "", line, col))
    return tokens
program = '''let x = 10;  # comment
let pi = 3.14;
if (x >= 5) { print "big"; } else { print "small"; }
while (x != 0) { x = x - 1; }
'''
toks = tokenize(program)
for t in toks:
    print(t)
counts = {}
for t in toks:
    counts[t.kind] = counts.get(t.kind, 0) + 1
print(counts)
for bad in ['let s = "open', "let y = 5 @ 3;"]:
    try:
        tokenize(bad)
    except LexError as e:
        print("LexError:", e)
