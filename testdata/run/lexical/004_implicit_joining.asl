total = (1 +
         2 +
    3)
print(total)
items = [
    1,
    2,   # comment inside brackets
    3,
]
print(items)
d = {
    "a": 1,

    "b": 2,
}
print(d)
def f(a,
      b,
          c=3):
    return a + b + c
print(f(1,
  2))
t = (
)
print(t)
s = ("abc"
     "def"
  "ghi")
print(s)
print(sum([x
  for x in range(5)
     if x % 2]))
