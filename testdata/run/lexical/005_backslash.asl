total = 1 + \
        2 + \
    3
print(total)
if total > 5 and \
   total < 7:
    print("six")
s = "abc" \
    "def"
print(s)
x = [1, 2] \
    + [3]
print(x)
assert total == 6, \
    "message"
long = "line one \
continued"
print(long)
def f():
    return \
        "returned"
print(f())
