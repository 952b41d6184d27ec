def f():
    x = 1
    return sorted(locals(*()))
print(f())
class A:
    def m(self): return "A"
class B(A):
    def m(self): return super(*()).m()
print(B().m())
