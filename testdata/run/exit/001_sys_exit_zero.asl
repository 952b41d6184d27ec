import sys
def main(argv):
    print("argv has", len(argv), "entries")
    for i in range(3):
        print("step", i)
    return 0
code = main(sys.argv)
print("exiting with", code)
sys.exit(code)
print("unreachable")
