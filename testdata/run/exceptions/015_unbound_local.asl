count = 10
def increment():
    count += 1
    return count
try:
    increment()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
    print(isinstance(e, NameError))
def conditional(flag):
    if flag:
        value = "set"
    return value
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def after_del():
    x = 1
    del x
    return x
try:
    after_del()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    print(never_defined)
except NameError as e:
    print("NameError:", e, type(e).__name__)
