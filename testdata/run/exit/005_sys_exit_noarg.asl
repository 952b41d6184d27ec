import sys
print("start")
count = 0
while True:
    count += 1
    print("loop", count)
    if count == 3:
        print("bare sys.exit()")
        sys.exit()
print("unreachable")
