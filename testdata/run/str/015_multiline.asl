text = """First line
    indented line
last line"""
for i, line in enumerate(text.splitlines(), 1):
    print(i, repr(line), len(line), repr(line.strip()))
para = ("This is a long paragraph that we will wrap by hand at a fixed "
        "width so that the output is fully deterministic.")
width = 20
line = ""
for word in para.split():
    if len(line) + len(word) + (1 if line else 0) > width:
        print(line.ljust(width) + "|")
        line = word
    else:
        line = line + " " + word if line else word
print(line.ljust(width) + "|")
print(text.count("\n"), text.upper().splitlines()[1])
