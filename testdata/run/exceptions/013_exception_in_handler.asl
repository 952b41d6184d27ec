def handler_fails():
    try:
        raise ValueError("original")
    except ValueError:
        return {}["missing"]
try:
    handler_fails()
except KeyError as e:
    print("KeyError", e, "context:", repr(e.__context__))
def finally_fails():
    try:
        raise ValueError("lost")
    finally:
        raise TypeError("from finally")
try:
    finally_fails()
except TypeError as e:
    print("TypeError", e, "context:", repr(e.__context__))
def else_fails():
    try:
        pass
    except Exception:
        print("never")
    else:
        raise IndexError("from else")
try:
    else_fails()
except IndexError as e:
    print("IndexError", e, e.__context__)
