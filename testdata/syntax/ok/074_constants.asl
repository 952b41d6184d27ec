a = None
b = True
c = False
d = ...
e = Ellipsis
f = [None, True, False, ...]
g = x is None or y is True or z is False
h = not True
i = -True
j = (...)
k = {None: ..., True: False}
def stub(x=None, y=..., z=True) -> None: ...
class Proto:
    def method(self) -> int: ...
    attr: int = ...
