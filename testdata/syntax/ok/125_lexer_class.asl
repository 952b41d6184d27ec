import re
from dataclasses import dataclass
from typing import Iterator

KEYWORDS = frozenset({"if", "else", "while", "def", "return"})
SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?(?:[eE][+-]?\d+)?"),
    ("STRING", r'"(?:[^"\\]|\\.)*"'),
    ("NAME", r"[A-Za-z_]\w*"),
    ("OP", r"==|!=|<=|>=|[-+*/%=<>(){}\[\],:;]"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+|#[^\n]*"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join(f"(?P<{name}>{pat})" for name, pat in SPEC))


@dataclass(frozen=True, slots=True)
class Token:
    kind: str
    text: str
    line: int
    col: int


def lex(src: str) -> Iterator[Token]:
    line, line_start = 1, 0
    for m in MASTER.finditer(src):
        kind, text = m.lastgroup, m.group()
        col = m.start() - line_start
        if kind == "NEWLINE":
            line, line_start = line + 1, m.end()
            continue
        elif kind == "SKIP":
            continue
        elif kind == "MISMATCH":
            raise SyntaxError(f"unexpected {text!r} at {line}:{col}")
        elif kind == "NAME" and text in KEYWORDS:
            kind = text.upper()
        yield Token(kind, text, line, col)


for tok in lex('def f(x):\n  return x * 2.5e-3 # c\n'):
    print(f"{tok.line:>3}:{tok.col:<3} {tok.kind:<8} {tok.text!r}")
