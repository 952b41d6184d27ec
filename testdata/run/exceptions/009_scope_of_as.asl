try:
    1 / 0
except ZeroDivisionError as err:
    saved = err
    print("inside", err)
try:
    print(err)
except NameError as e:
    print("NameError", e)
print("saved survives:", saved)
err = "rebound"
try:
    raise ValueError("v")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print("NameError again", e)
