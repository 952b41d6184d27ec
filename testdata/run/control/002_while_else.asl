n = 0
while n < 5:
    n += 1
    if n == 3:
        continue
    print("n", n)
else:
    print("while finished normally")
m = 10
while True:
    m -= 3
    if m < 0:
        break
    print("m", m)
else:
    print("never printed")
print("after", m)
def find(seq, target):
    i = 0
    while i < len(seq):
        if seq[i] == target:
            print("found at", i)
            break
        i += 1
    else:
        print("not found")
find([4, 5, 6], 5)
find([4, 5, 6], 7)
while False:
    print("no")
else:
    print("else of empty while")
