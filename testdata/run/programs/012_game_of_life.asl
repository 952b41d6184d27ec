def parse(pattern):
    cells = set()
    for r, line in enumerate(pattern.strip().splitlines()):
        for c, ch in enumerate(line):
            if ch == "#":
                cells.add((r, c))
    return cells
def step(cells):
    counts = {}
    for r, c in cells:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    k = (r + dr, c + dc)
                    counts[k] = counts.get(k, 0) + 1
    return {k for k, n in counts.items() if n == 3 or (n == 2 and k in cells)}
def render(cells, rows, cols):
    return "\n".join("".join("#" if (r, c) in cells else "." for c in range(cols)) for r in range(rows))
glider = parse("""
.#.
..#
###
""")
g = glider
for gen in range(5):
    print(f"gen {gen}: population {len(g)}")
    print(render(g, 6, 6))
    g = step(g)
blinker = parse("###")
shifted = {(r + 1, c) for r, c in blinker}
b1 = step(shifted)
b2 = step(b1)
print(sorted(b1), b2 == shifted)
block = parse("##\n##")
print(step(block) == block, len(step(parse("#"))))
g = glider
for _ in range(4):
    g = step(g)
print(sorted(g), sorted((r - 1, c - 1) for r, c in g) == sorted(glider))
