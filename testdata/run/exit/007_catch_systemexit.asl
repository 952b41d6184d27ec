import sys
try:
    sys.exit(4)
except SystemExit as e:
    print("caught SystemExit, code =", e.code, type(e.code).__name__, e.args)
try:
    sys.exit("message")
except SystemExit as e:
    print("caught SystemExit, code =", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("caught SystemExit, code =", e.code)
try:
    raise SystemExit
except Exception:
    print("not reached: SystemExit is not an Exception")
except BaseException as e:
    print("BaseException handler got", type(e).__name__)
print("still running")
sys.exit(2)
