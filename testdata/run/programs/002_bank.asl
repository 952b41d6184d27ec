class InsufficientFunds(Exception):
    pass
class Account:
    _next_id = 1000
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self._balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(f"{self.owner}: balance {self._balance} < {amount}")
        self._balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"Account({self.id}, {self.owner!r}, {self._balance})"
class Savings(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate
    def add_interest(self):
        interest = round(self._balance * self.rate, 2)
        self.deposit(interest)
        return interest
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, *args, **kw):
        acct = cls(*args, **kw)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except InsufficientFunds as e:
            print("transfer failed:", e)
            return False
        self.accounts[dst].deposit(amount)
        return True
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank()
a = bank.open(Account, "alice", 100)
b = bank.open(Savings, "bob", 250, rate=0.05)
c = bank.open(Account, "carol")
print(a, b, c)
print(bank.transfer(a.id, c.id, 40), bank.transfer(c.id, b.id, 100), bank.transfer(b.id, a.id, 75))
print("interest", b.add_interest(), b.add_interest())
for bad in [0, -5]:
    try:
        c.deposit(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    bank.transfer(9999, a.id, 1)
except KeyError as e:
    print("no such account", e)
for acct in bank.accounts.values():
    print(acct, acct.history)
print("total", bank.total())
print(sorted(bank.accounts.values(), key=lambda x: -x.balance))
