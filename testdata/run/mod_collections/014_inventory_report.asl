# A sales report combining namedtuple, Counter, defaultdict and deque.
from collections import namedtuple, Counter, defaultdict, deque, OrderedDict

Sale = namedtuple("Sale", "day region item qty price")
raw = """mon north apple 3 1.5
mon south pear 2 2.0
tue north apple 5 1.5
tue north plum 1 3.25
wed south apple 4 1.5
wed east pear 6 2.0
thu east plum 2 3.25
thu north pear 1 2.0
fri south apple 7 1.5"""

sales = []
for line in raw.split("\n"):
    day, region, item, qty, price = line.split()
    sales.append(Sale(day, region, item, int(qty), float(price)))
print(sales[0])
print(len(sales), "sales;", sales[-1]._asdict())

units = Counter()
for s in sales:
    units[s.item] += s.qty
print("units:", units.most_common())

revenue = defaultdict(float)
for s in sales:
    revenue[s.region] += s.qty * s.price
for region in sorted(revenue):
    print("%-6s %7.2f" % (region, revenue[region]))

by_day = OrderedDict()
for s in sales:
    by_day.setdefault(s.day, []).append(s.item)
print(by_day)

recent = deque(maxlen=3)
for s in sales:
    recent.append(s.item)
print("last three:", recent)

best = max(sales, key=lambda s: s.qty * s.price)
print("best sale:", best, round(best.qty * best.price, 2))
discounted = [s._replace(price=round(s.price * 0.9, 2)) for s in sales if s.item == "plum"]
print(discounted)
per_item_region = Counter((s.item, s.region) for s in sales)
print(sorted(per_item_region.items())[:4])
