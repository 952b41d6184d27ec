class Outer:
    class Inner:
        class Innermost:
            value = 1

            def get(self):
                return self.value

        def make(self):
            return self.Innermost()

    class Config:
        debug = False
        level = "info"

    def build(self):
        return self.Inner().make().get()


class Node:
    class Iterator:
        def __init__(self, node):
            self.node = node

        def __iter__(self):
            return self

        def __next__(self):
            if self.node is None:
                raise StopIteration
            value, self.node = self.node.value, self.node.next
            return value

    def __init__(self, value, next=None):
        self.value = value
        self.next = next

    def __iter__(self):
        return Node.Iterator(self)


class Child(Outer.Inner, metaclass=type):
    def make(self):
        result = super().make()
        super(Child, self).make()
        return result
