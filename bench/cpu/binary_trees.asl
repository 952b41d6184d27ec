# Binary trees: allocation of many small objects (tuples and class instances),
# recursion, garbage.


class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right


def make_tuple(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make_tuple(depth), make_tuple(depth))


def check_tuple(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check_tuple(left) + check_tuple(right)


def make_node(depth):
    if depth == 0:
        return Node(None, None)
    return Node(make_node(depth - 1), make_node(depth - 1))


def check_node(node):
    if node.left is None:
        return 1
    return 1 + check_node(node.left) + check_node(node.right)


def run(max_depth, make, check):
    out = []
    stretch = max_depth + 1
    out.append(check(make(stretch)))
    long_lived = make(max_depth)
    for depth in range(4, max_depth + 1, 2):
        iterations = 2 ** (max_depth - depth + 4)
        total = 0
        for _ in range(iterations):
            total += check(make(depth))
        out.append(total)
    out.append(check(long_lived))
    return sum(out), len(out)


print("binary_trees", run(15, make_tuple, check_tuple), run(14, make_node, check_node))
