class Account:
    def __init__(self, owner):
        self.owner = owner
        self.__balance = 0
        self._note = "protected by convention"
    def deposit(self, x):
        self.__balance += x
    def balance(self):
        return self.__balance
a = Account("ann")
a.deposit(50)
print(a.balance(), a._note, a._Account__balance)
try:
    print(a.__balance)
except AttributeError as e:
    print("AttributeError", e)
print(sorted(vars(a)))
class Sub(Account):
    def peek(self):
        try:
            return self.__balance
        except AttributeError as e:
            return f"AttributeError: {e}"
print(Sub("b").peek())
