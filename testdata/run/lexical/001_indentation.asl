# Indentation: nested blocks, dedent to several levels at once
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    else:
        if n % 2 == 0:
            if n > 100:
                return "big even"
            return "even"
        return "odd"

for v in [-3, 0, 4, 7, 200]:
    print(v, classify(v))

x = 0
while x < 3:
        x += 1
        if x == 2:
                        print("deep indent", x)
print("done", x)

if True: print("one-line if")
for i in range(2): print("one-line for", i)
def f(): return "one-line def"
print(f())
class K: pass
print(K.__name__)
