for i in range(1, 31):
    if i % 15 == 0:
        print("FizzBuzz")
    elif i % 3 == 0:
        print("Fizz")
    elif i % 5 == 0:
        print("Buzz")
    else:
        print(i)
out = []
for i in range(1, 16):
    out.append("Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0) or str(i))
print(" ".join(out))
