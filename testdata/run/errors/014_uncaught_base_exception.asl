class Fatal(BaseException):
    pass
print("start", issubclass(Fatal, Exception), issubclass(Fatal, BaseException))
try:
    raise Fatal("caught this time")
except BaseException as e:
    print("BaseException handler:", type(e).__name__, e)
try:
    raise Fatal("base exception")
except Exception:
    print("Exception does not catch BaseException subclasses")
finally:
    print("finally still runs")
