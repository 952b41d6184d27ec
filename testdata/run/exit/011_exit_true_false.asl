import sys
for code in [False, 0, None]:
    try:
        sys.exit(code)
    except SystemExit as e:
        print("code", repr(e.code))
print(True == 1, int(True))
print("now exiting with True (status 1)")
sys.exit(True)
print("unreachable")
