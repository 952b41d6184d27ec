class Counter:
    total = 0
    shared_list = []
    def __init__(self, name):
        self.name = name
        Counter.total += 1
        self.shared_list.append(name)
        self.own = [name]
a = Counter("a")
b = Counter("b")
print(Counter.total, a.total, b.shared_list, a.own, b.own)
a.total = 99
print(a.total, b.total, Counter.total)
del a.total
print(a.total)
print("total" in vars(a), "name" in vars(a), sorted(vars(Counter).keys() & {"total", "shared_list"}))
