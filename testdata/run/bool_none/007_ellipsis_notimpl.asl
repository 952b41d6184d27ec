print(..., Ellipsis, ... is Ellipsis, repr(...), type(...).__name__)
def todo():
    ...
print(todo())
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
class A:
    def __eq__(self, other):
        return NotImplemented
print(A() == 1, A() != 1)
class B:
    def __add__(self, other):
        return NotImplemented
try:
    B() + 1
except TypeError as e:
    print("TypeError", e)
print(bool(...), [..., ...])
