# an inventory system built on dataclasses
from dataclasses import dataclass, field, asdict, replace


@dataclass(frozen=True, order=True)
class SKU:
    category: str
    code: int

    def __str__(self):
        return "%s-%04d" % (self.category.upper(), self.code)


@dataclass
class Item:
    sku: SKU
    name: str
    price: float
    qty: int = 0
    tags: list = field(default_factory=list)

    @property
    def value(self):
        return round(self.price * self.qty, 2)


@dataclass
class Inventory:
    items: dict = field(default_factory=dict)
    log: list = field(default_factory=list, repr=False)

    def add(self, item):
        if item.sku in self.items:
            raise KeyError("duplicate %s" % item.sku)
        self.items[item.sku] = item
        self.log.append(("add", str(item.sku)))

    def restock(self, sku, n):
        item = self.items[sku]
        self.items[sku] = replace(item, qty=item.qty + n)
        self.log.append(("restock", str(sku), n))

    def sell(self, sku, n):
        item = self.items[sku]
        if item.qty < n:
            raise ValueError("only %d of %s left" % (item.qty, item.name))
        item.qty -= n
        self.log.append(("sell", str(sku), n))

    def total(self):
        return round(sum(i.value for i in self.items.values()), 2)

    def report(self):
        for sku in sorted(self.items):
            i = self.items[sku]
            print("%-10s %-12s %3d x %7.2f = %8.2f %s" % (sku, i.name, i.qty, i.price, i.value, sorted(i.tags)))


inv = Inventory()
inv.add(Item(SKU("tool", 7), "hammer", 12.5, 4, ["steel"]))
inv.add(Item(SKU("tool", 2), "wrench", 8.25, 10))
inv.add(Item(SKU("food", 1), "apples", 0.4, 120, ["fresh", "bulk"]))
try:
    inv.add(Item(SKU("tool", 2), "copy", 1.0))
except KeyError as e:
    print("KeyError", e)
inv.sell(SKU("food", 1), 20)
inv.restock(SKU("tool", 7), 6)
try:
    inv.sell(SKU("tool", 2), 11)
except ValueError as e:
    print("ValueError", e)
inv.report()
print("total", inv.total())
print(inv.log)
print(asdict(inv.items[SKU("tool", 7)]))
print(inv.items[SKU("food", 1)])
print(sorted(inv.items)[0], SKU("a", 1) < SKU("a", 2))
