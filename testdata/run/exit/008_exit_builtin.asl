print("using the exit() builtin")
def loop():
    for i in range(3):
        print("iteration", i)
        if i == 1:
            exit(5)
try:
    exit(9)
except SystemExit as e:
    print("exit() raises SystemExit", e.code)
loop()
print("unreachable")
