def helper():
    return undefined_thing + 1
def wrapper():
    print("in wrapper")
    return helper() * 2
try:
    print(also_undefined)
except NameError as e:
    print("caught first:", e)
print("calling wrapper")
result = wrapper()
print("unreachable", result)
