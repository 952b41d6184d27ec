from decimal import Decimal


class InsufficientFunds(Exception):
    pass


class Account:
    _next_number = 1000
    interest_rate = Decimal("0.00")

    def __init__(self, owner: str, balance: Decimal = Decimal(0)) -> None:
        self.owner = owner
        self._balance = balance
        self.number = Account._next_number
        Account._next_number += 1

    @property
    def balance(self) -> Decimal:
        return self._balance

    def deposit(self, amount: Decimal) -> None:
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount

    def withdraw(self, amount: Decimal) -> None:
        if amount > self.available():
            raise InsufficientFunds(f"{self.number}: {amount} > {self.available()}")
        self._balance -= amount

    def available(self) -> Decimal:
        return self._balance

    def accrue(self) -> None:
        self._balance += self._balance * self.interest_rate

    def __str__(self):
        return f"{type(self).__name__}#{self.number} {self.owner}: {self._balance:,.2f}"


class Savings(Account):
    interest_rate = Decimal("0.02")


class Checking(Account):
    def __init__(self, owner, balance=Decimal(0), *, overdraft=Decimal(100)):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def available(self):
        return super().available() + self.overdraft


accounts = [Savings("ann", Decimal(500)), Checking("bob", overdraft=Decimal(50))]
for acct in accounts:
    acct.accrue()
    print(acct)
