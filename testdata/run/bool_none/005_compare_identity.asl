a = [1]
b = [1]
c = a
print(a == b, a is b, a is c, a is not b, c is not a)
print(None is None, True is True, False is not True)
x = ()
print(x == (), len(x) == 0)
print(1 == True, 0 == False, 2 == True, "" == False, [] == False, None == False)
print(bool([]) == False, (not []) == True)
def check(v):
    if v is None:
        return "none"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if not v:
        return "falsy"
    return "truthy"
for v in [None, True, False, 0, 1, "", "s", [], [None]]:
    print(repr(v), check(v))
