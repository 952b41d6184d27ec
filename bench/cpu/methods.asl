# Object-oriented code: instance creation, method calls, attribute reads and
# writes, a property with a setter, inheritance and super(), class attributes.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scale(self, k):
        self.x *= k
        self.y *= k
        return self

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Account:
    rate = 3

    def __init__(self, owner, balance):
        self.owner = owner
        self._balance = balance
        self.history = 0

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        self.history += 1
        self._balance = value

    def deposit(self, amount):
        self.balance = self.balance + amount

    def interest(self):
        return self._balance * self.rate // 100


class Savings(Account):
    rate = 5

    def deposit(self, amount):
        super().deposit(amount + 1)


def run(n):
    accounts = [Account("a%d" % i, i) if i % 3 else Savings("s%d" % i, i) for i in range(50)]
    acc = Vec(0, 0)
    step = Vec(1, 2)
    total = 0
    for i in range(n):
        a = accounts[i % 50]
        a.deposit(i & 15)
        if a.balance > 10_000:
            a.balance = a.balance - a.interest()
        v = Vec(i & 7, 3).scale(2)
        acc = acc.add(v)
        total += step.dot(v)
    return total, acc.x, acc.y, sum(a.balance + a.history for a in accounts)


print("methods", run(2_400_000))
