from itertools import product

GLIDER = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}


def neighbours(cell):
    x, y = cell
    return {(x + dx, y + dy) for dx, dy in product((-1, 0, 1), repeat=2) if dx or dy}


def step(live: set[tuple[int, int]]) -> set[tuple[int, int]]:
    candidates = live | {n for c in live for n in neighbours(c)}
    return {
        c for c in candidates
        if (k := len(neighbours(c) & live)) == 3 or (k == 2 and c in live)
    }


def render(live, w=8, h=8):
    return "\n".join(
        "".join("#" if (x, y) in live else "." for x in range(w))
        for y in range(h)
    )


board = GLIDER
for gen in range(4):
    print(f"gen {gen}:\n{render(board)}\n")
    board = step(board)
