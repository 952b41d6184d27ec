class OutOfStock(Exception):
    def __init__(self, sku, wanted, available):
        super().__init__(f"{sku}: wanted {wanted}, only {available} left")
        self.sku = sku
class Item:
    def __init__(self, sku, name, price, qty=0):
        self.sku, self.name, self.price, self.qty = sku, name, price, qty
    def __repr__(self):
        return f"Item({self.sku!r}, qty={self.qty})"
class Transaction:
    def __init__(self, inventory):
        self.inv = inventory
        self.snapshot = None
    def __enter__(self):
        self.snapshot = {sku: it.qty for sku, it in self.inv.items.items()}
        print("  begin transaction")
        return self.inv
    def __exit__(self, et, ev, tb):
        if et is not None:
            for sku, q in self.snapshot.items():
                self.inv.items[sku].qty = q
            print(f"  rollback because {et.__name__}: {ev}")
            return issubclass(et, OutOfStock)
        print("  commit")
        return False
class Inventory:
    def __init__(self):
        self.items = {}
    def add(self, item):
        self.items[item.sku] = item
    def remove(self, sku, n):
        it = self.items[sku]
        if it.qty < n:
            raise OutOfStock(sku, n, it.qty)
        it.qty -= n
        return it.price * n
    def value(self):
        return sum(it.price * it.qty for it in self.items.values())
    def report(self):
        for it in sorted(self.items.values(), key=lambda i: i.name):
            print(f"  {it.sku:<6}{it.name:<12}{it.qty:>4} @ {it.price:>7.2f} = {it.qty * it.price:>8.2f}")
inv = Inventory()
for args in [("A1", "widget", 2.5, 100), ("B2", "gadget", 12.0, 10), ("C3", "doohickey", 0.99, 500)]:
    inv.add(Item(*args))
inv.report()
print("value", round(inv.value(), 2))
orders = [[("A1", 10), ("B2", 2)], [("C3", 100), ("B2", 20)], [("A1", 5), ("ZZ", 1)]]
for order in orders:
    print("order", order)
    try:
        with Transaction(inv) as i:
            total = sum(i.remove(sku, n) for sku, n in order)
            print(f"  charged {total:.2f}")
    except KeyError as e:
        print("  unknown sku", e)
inv.report()
print("value", round(inv.value(), 2), list(inv.items.values()))
