# random: only properties of the results, never the values themselves
import random

random.seed(12345)
a = [random.random() for _ in range(5)]
random.seed(12345)
b = [random.random() for _ in range(5)]
print("reproducible:", a == b, all(0 <= x < 1 for x in a))
random.seed("text seed")
c = random.randint(1, 10 ** 12)
random.seed("text seed")
print("str seed reproducible:", c == random.randint(1, 10 ** 12))

rolls = [random.randint(1, 6) for _ in range(2000)]
print(min(rolls), max(rolls), sorted(set(rolls)))
print(all(1 <= random.randrange(1, 10, 2) <= 9 and random.randrange(1, 10, 2) % 2 == 1 for _ in range(200)))
print(all(0 <= random.randrange(7) < 7 for _ in range(200)))
u = [random.uniform(2.5, 3.5) for _ in range(500)]
print(all(2.5 <= x <= 3.5 for x in u), type(u[0]).__name__)
print(0 <= random.getrandbits(8) < 256, random.getrandbits(0) if False else 0)

items = ["red", "green", "blue", "cyan"]
print(all(random.choice(items) in items for _ in range(100)))
picked = random.choices(items, k=10)
print(len(picked), all(p in items for p in picked))
print(set(random.choices(items, weights=[0, 0, 1, 0], k=20)))
s = random.sample(items, 3)
print(len(s), len(set(s)), all(x in items for x in s))
print(sorted(random.sample(range(100), 100)) == list(range(100)))
deck = list(range(20))
random.shuffle(deck)
print(sorted(deck) == list(range(20)), len(deck))

errors = [
    ("choice([])", lambda: random.choice([])),
    ("sample(items, 5)", lambda: random.sample(items, 5)),
    ("sample(items, -1)", lambda: random.sample(items, -1)),
    ("randint(5, 1)", lambda: random.randint(5, 1)),
    ("randrange(0)", lambda: random.randrange(0)),
    ("randrange(1, 1)", lambda: random.randrange(1, 1)),
    ("randrange(0, 10, 0)", lambda: random.randrange(0, 10, 0)),
    ("choices([], k=1)", lambda: random.choices([], k=1)),
    ("getrandbits(-1)", lambda: random.getrandbits(-1)),
]
for name, fn in errors:
    try:
        fn()
        print(name, "no error")
    except (IndexError, ValueError, TypeError) as e:
        print(name, type(e).__name__, e)
