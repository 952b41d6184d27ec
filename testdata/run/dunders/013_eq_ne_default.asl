class A:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("A.__eq__")
        if not isinstance(o, A):
            return NotImplemented
        return self.v == o.v
print(A(1) == A(1), A(1) != A(2))
print(A(1) == 1, 1 == A(1))
print(A(1) in [A(0), A(1)])
class B:
    def __eq__(self, o):
        return "truthy string"
print(B() == 1, B() != 1, [B()] == [B()])
print([A(1)] == [A(1)], (A(2),) == (A(3),))
