from __future__ import annotations


class Node:
    def accept(self, visitor):
        method = getattr(visitor, f"visit_{type(self).__name__}", visitor.generic_visit)
        return method(self)


class Num(Node):
    def __init__(self, value: float) -> None:
        self.value = value


class BinOp(Node):
    def __init__(self, op: str, left: Node, right: Node) -> None:
        self.op, self.left, self.right = op, left, right


class Neg(Node):
    def __init__(self, operand: Node) -> None:
        self.operand = operand


class Evaluator:
    def generic_visit(self, node):
        raise TypeError(f"no visit_{type(node).__name__}")

    def visit_Num(self, node: Num) -> float:
        return node.value

    def visit_Neg(self, node: Neg) -> float:
        return -node.operand.accept(self)

    def visit_BinOp(self, node: BinOp) -> float:
        l, r = node.left.accept(self), node.right.accept(self)
        return {"+": l + r, "-": l - r, "*": l * r, "/": l / r if r else float("nan")}[node.op]


class Printer(Evaluator):
    def visit_Num(self, node):
        return repr(node.value)

    def visit_Neg(self, node):
        return f"-({node.operand.accept(self)})"

    def visit_BinOp(self, node):
        return f"({node.left.accept(self)} {node.op} {node.right.accept(self)})"


tree = BinOp("+", Num(1), BinOp("*", Neg(Num(2)), Num(3)))
print(tree.accept(Printer()), "=", tree.accept(Evaluator()))
