# match and case are soft keywords: ordinary names here
match = 3
case = "c"
print(match, case)
def match_it(match, case=1):
    return match + case
print(match_it(10))
class _:
    type = "attr"
print(_.type)
_ = 5
print(_)
__x = 7
print(__x)
True_ = 1
print(True_)
print(True, False, None)
print(type(...).__name__, ... is Ellipsis)
