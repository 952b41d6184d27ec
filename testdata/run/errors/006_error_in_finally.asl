log = []
def work():
    try:
        log.append("try")
        print("working")
        return "value"
    finally:
        log.append("finally")
        print("cleanup starts", log)
        raise RuntimeError("cleanup failed")
print("first call in try/except:")
try:
    work()
except RuntimeError as e:
    print("caught", e, "context:", e.__context__)
print("second call uncaught:")
print(work())
