def validate(x):
    if x < 0:
        raise SystemExit(7)
    return x
print("raising SystemExit directly")
print(validate(5))
try:
    validate(-1)
except SystemExit as e:
    print("caught code", e.code)
validate(-2)
print("unreachable")
