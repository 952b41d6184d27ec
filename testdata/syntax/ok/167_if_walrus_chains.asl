import os
import re


def classify(line: str) -> str:
    if not (stripped := line.strip()):
        return "blank"
    elif stripped.startswith("#"):
        return "comment"
    elif m := re.match(r"(\w+)\s*=", stripped):
        return f"assign:{m[1]}"
    elif (n := len(stripped)) > 79:
        return f"long:{n}"
    elif stripped.endswith(":") and (kw := stripped.split()[0]) in {"if", "for", "while", "def", "class"}:
        return f"block:{kw}"
    else:
        return "other"


def find_config(names=("asl.toml", ".aslrc")):
    for name in names:
        if os.path.exists(path := os.path.join(os.getcwd(), name)):
            return path
    if (home := os.environ.get("HOME")) and os.path.isdir(cfg := os.path.join(home, ".config")):
        return cfg
    return None


while (line := input("> ")) != "quit":
    print(classify(line))
