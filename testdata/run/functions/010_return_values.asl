def nothing():
    x = 1
def several():
    return 1, "two", [3]
def early(n):
    if n < 0:
        return "negative"
    return
def gen_list(n):
    return [i for i in range(n)]
print(nothing(), several(), early(-1), early(1), gen_list(4))
def divmod_like(a, b):
    return a // b, a % b
q, r = divmod_like(17, 5)
print(q, r)
def returns_function():
    def inner():
        return "inner result"
    return inner
print(returns_function()())
def recursive_sum(lst):
    if not lst:
        return 0
    return lst[0] + recursive_sum(lst[1:])
print(recursive_sum(list(range(50))))
