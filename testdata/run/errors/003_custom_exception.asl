class InsufficientFunds(Exception):
    def __init__(self, need, have):
        super().__init__(f"need {need}, have {have}")
        self.need = need
        self.have = have
class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        print("withdrew", amount, "left", self.balance)
acct = Account(100)
acct.withdraw(30)
acct.withdraw(50)
acct.withdraw(40)
print("unreachable")
