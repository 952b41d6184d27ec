# sys.stdin and input() read the same standard input (012_stdin.in).
import sys

print(sys.stdin.name, sys.stdin.mode, sys.stdin.readable(), sys.stdin.writable())
first = sys.stdin.readline()
print(repr(first))
n = int(input())
print("n =", n)
nums = [int(input()) for _ in range(n)]
print(nums, sum(nums))
print(repr(sys.stdin.readline(5)))
print(repr(sys.stdin.readline()))
words = []
for line in sys.stdin:
    if line.strip() == "END":
        break
    words.extend(line.split())
print(words)
rest = sys.stdin.readlines()
print(rest)
print(repr(sys.stdin.read()))
print(repr(sys.stdin.readline()))
try:
    input("prompt> ")
except EOFError as e:
    print()
    print("EOFError", e)
