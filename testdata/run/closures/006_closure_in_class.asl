def make_class(greeting):
    class Greeter:
        def greet(self, name):
            return f"{greeting}, {name}"
    return Greeter
G1 = make_class("Hi")
G2 = make_class("Hello")
print(G1().greet("a"), G2().greet("b"))
class Maker:
    factor = 3
    def make(self):
        f = self.factor
        return lambda x: x * f
m = Maker()
fn = m.make()
Maker.factor = 100
print(fn(2), m.make()(2))
def counter_class():
    count = 0
    class C:
        def __init__(self):
            nonlocal count
            count += 1
            self.n = count
    return C, lambda: count
C, get = counter_class()
objs = [C() for _ in range(3)]
print([o.n for o in objs], get())
