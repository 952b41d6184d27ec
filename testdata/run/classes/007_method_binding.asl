class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting
    def greet(self, who):
        return f"{self.greeting}, {who}"
g = Greeter("Hi")
m = g.greet
print(m("bound"), Greeter.greet(g, "unbound"))
print(m.__self__ is g, m.__func__ is Greeter.greet, m.__name__)
methods = [Greeter("A").greet, Greeter("B").greet]
print([f("x") for f in methods])
g.greet = lambda who: "instance attribute " + who
print(g.greet("y"), Greeter.greet(g, "z"))
class Chain:
    def __init__(self):
        self.ops = []
    def add(self, x):
        self.ops.append(x)
        return self
print(Chain().add(1).add(2).add(3).ops)
