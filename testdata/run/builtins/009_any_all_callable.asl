print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]))
print(any(x > 2 for x in range(5)), all(x < 5 for x in range(5)), any("abc"), all(""))
def noisy(v):
    print("check", v)
    return v
print(any(noisy(x) for x in [0, 3, 5]))
print(all(noisy(x) for x in [1, 0, 5]))
class C:
    def __call__(self):
        return 1
    def m(self):
        pass
print(callable(len), callable(C), callable(C()), callable(C().m), callable(1), callable("s"), callable(lambda: 0))
print(callable(None), callable(print), callable(type), callable([].append))
