# An inventory with dataclasses, enum, functools and json.
from dataclasses import dataclass, field, asdict
from enum import Enum
from functools import reduce, total_ordering
import json


class Category(Enum):
    TOOL = "tool"
    FOOD = "food"
    TOY = "toy"


@dataclass(order=True)
class Item:
    price: float
    name: str
    category: Category = field(compare=False)
    tags: list = field(default_factory=list, compare=False)

    @property
    def label(self):
        return f"{self.name} ({self.category.value})"


stock = [
    Item(3.5, "hammer", Category.TOOL, ["metal"]),
    Item(1.25, "apple", Category.FOOD),
    Item(12.0, "robot", Category.TOY, ["battery", "kids"]),
    Item(0.99, "candy", Category.FOOD, ["sugar"]),
    Item(7.5, "saw", Category.TOOL),
]
for item in sorted(stock):
    print(f"{item.label:<18}{item.price:>8.2f}")
total = reduce(lambda acc, it: acc + it.price, stock, 0.0)
print("total", round(total, 2))
groups = {}
for it in stock:
    groups.setdefault(it.category, []).append(it.name)
print({c.name: names for c, names in groups.items()})
print(max(stock).name, min(stock).name)


def encode(obj):
    if isinstance(obj, Enum):
        return obj.value
    raise TypeError(f"cannot encode {type(obj).__name__}")


doc = json.dumps([asdict(i) for i in stock[:2]], default=encode)
print(doc)
back = [Item(**{**d, "category": Category(d["category"])}) for d in json.loads(doc)]
print(back[0] == stock[0], back[1].category is Category.FOOD, repr(back[1]))


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "Version(%r)" % ".".join(map(str, self.parts))


vs = [Version(v) for v in ["1.10.0", "1.2.3", "1.2.10", "0.9"]]
print(sorted(vs), Version("1.0") >= Version("0.9"), max(vs))
