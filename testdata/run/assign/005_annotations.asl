x: int = 5
y: "str" = "hello"
z: list
print(x, y)
def f(a: int, b: str = "b", *args: int, c: float = 1.0, **kw: dict) -> str:
    return f"{a}{b}{args}{c}{kw}"
print(f(1), f(2, "x", 3, 4, c=2.5, d=1))
class P:
    name: str = "default"
    count: int
    def m(self) -> None:
        self.v: int = 3
p = P()
p.m()
print(p.name, p.v)
try:
    print(z)
except NameError as e:
    print("NameError", e)
value: float
value = 3.5
print(value)
lst: list = []
lst.append(1)
print(lst)
