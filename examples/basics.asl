# A small tour of what asl runs today: functions, closures, classes,
# comprehensions, exceptions and formatting.


def make_counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count

    return inc


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"invalid amount: {amount}")
        self.balance += amount
        return self.balance

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"


counter = make_counter()
counter()
print("counter:", counter(10))

acct = Account("ada")
acct.deposit(250)
try:
    acct.deposit(-5)
except ValueError as e:
    print("refused:", e)
print(acct)

squares = {n: n * n for n in range(1, 6)}
print(squares, sum(squares.values()))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(sorted(set(words)), key=len)[:3], f"{len(words):>4} words", f"{2 ** 100:,}")
