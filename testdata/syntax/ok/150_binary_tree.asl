from __future__ import annotations
from typing import Iterator, Optional


class TreeNode:
    __slots__ = ("key", "left", "right")

    def __init__(self, key: int, left: Optional[TreeNode] = None, right: Optional[TreeNode] = None):
        self.key, self.left, self.right = key, left, right


class BST:
    def __init__(self) -> None:
        self.root: Optional[TreeNode] = None
        self.size = 0

    def insert(self, key: int) -> None:
        if self.root is None:
            self.root = TreeNode(key)
        else:
            node = self.root
            while True:
                if key < node.key:
                    if node.left is None:
                        node.left = TreeNode(key); break
                    node = node.left
                elif key > node.key:
                    if node.right is None:
                        node.right = TreeNode(key); break
                    node = node.right
                else:
                    return
        self.size += 1

    def __contains__(self, key: int) -> bool:
        node = self.root
        while node and node.key != key:
            node = node.left if key < node.key else node.right
        return node is not None

    def __iter__(self) -> Iterator[int]:
        def walk(n):
            if n:
                yield from walk(n.left)
                yield n.key
                yield from walk(n.right)
        return walk(self.root)

    def height(self, node=..., /) -> int:
        node = self.root if node is ... else node
        return 0 if node is None else 1 + max(self.height(node.left), self.height(node.right))


t = BST()
for k in [5, 3, 8, 1, 4, 7, 9]:
    t.insert(k)
print(list(t), 4 in t, t.height())
