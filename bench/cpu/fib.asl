# Recursive Fibonacci: function calls, argument passing, small-int arithmetic.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


total = 0
for n in (31, 32, 33, 34, 32):
    total += fib(n)
print("fib", total)
