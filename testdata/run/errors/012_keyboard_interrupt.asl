# An uncaught KeyboardInterrupt: CPython exits with status 130 (128 + SIGINT)
def interrupt():
    raise KeyboardInterrupt("simulated")
try:
    interrupt()
except KeyboardInterrupt as e:
    print("caught once:", repr(e))
print("about to interrupt for real")
try:
    interrupt()
except Exception:
    print("not caught by Exception")
