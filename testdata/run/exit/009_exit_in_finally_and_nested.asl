import sys
def inner():
    try:
        print("inner try")
        sys.exit(9)
    finally:
        print("inner finally runs during SystemExit")
def outer():
    try:
        inner()
    except ValueError:
        print("not caught here")
    finally:
        print("outer finally")
outer()
print("unreachable")
