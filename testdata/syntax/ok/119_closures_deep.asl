def make_bank():
    accounts = {}
    next_id = 0

    def open_account(owner, balance=0):
        nonlocal next_id
        next_id += 1
        history = []

        def deposit(amount):
            nonlocal balance
            if amount <= 0:
                raise ValueError("amount must be positive")
            balance += amount
            history.append(("deposit", amount))
            return balance

        def withdraw(amount):
            nonlocal balance
            if amount > balance:
                raise ValueError("insufficient funds")
            balance -= amount
            history.append(("withdraw", amount))
            return balance

        def report():
            def fmt(entry):
                kind, amount = entry
                return f"{kind:<8}{amount:>10.2f}"
            return "\n".join(map(fmt, history)) + f"\n{'total':<8}{balance:>10.2f}"

        accounts[next_id] = (owner, deposit, withdraw, report)
        return next_id

    def get(account_id):
        return accounts[account_id]

    return open_account, get
