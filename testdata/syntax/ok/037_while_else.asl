def find(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            break
        i += 1
    else:
        return -1
    return i


def countdown(n):
    while n:
        n -= 1
        if n % 2:
            continue
        print(n)


while True:
    line = input()
    if not line:
        break

while (chunk := read()) != b"":
    process(chunk)
else:
    finish()

while 1: pass
