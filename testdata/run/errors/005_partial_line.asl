import sys
items = [1, 2, 3]
for i in range(3):
    print(items[i], end=" ")
print("partial line without newline", end="")
sys.stdout.write(" ... still partial")
print(" more", end="")
def get(i):
    return items[i]
get(10)
