import sys
print("stdout line 1")
print("stderr line", file=sys.stderr)
lines = ["a", "b"]
for l in lines:
    print("stdout", l)
sys.stderr.write("more stderr\n")
print("stdout line 2", end="")
raise SystemExit("goodbye message goes to stderr")
print("unreachable")
