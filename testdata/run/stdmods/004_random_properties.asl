# random: the numbers are asl's own, so only their properties are printed.
import random
random.seed(12345)
a = [random.random() for _ in range(5)]
random.seed(12345)
b = [random.random() for _ in range(5)]
print(a == b, all(0 <= x < 1 for x in a), len(set(a)) == 5)
rolls = [random.randint(1, 6) for _ in range(1000)]
print(min(rolls), max(rolls), set(rolls) == {1, 2, 3, 4, 5, 6})
r = [random.randrange(10, 20, 3) for _ in range(200)]
print(sorted(set(r)), all(0 <= random.randrange(5) < 5 for _ in range(50)))
print(0 <= random.randrange(10**30) < 10**30, -5 <= random.uniform(-5, 5) <= 5)
deck = list(range(20))
random.shuffle(deck)
print(sorted(deck) == list(range(20)), len(deck))
s = random.sample(range(100), 10)
print(len(s), len(set(s)), all(0 <= x < 100 for x in s))
print(random.choice("xyz") in "xyz", len(random.choices([1, 2], k=7)), random.choices("ab", weights=[0, 1], k=3))
print(0 <= random.getrandbits(8) < 256, random.getrandbits(0))
random.seed("text")
c = random.random()
random.seed("text")
print(c == random.random())
for bad in (lambda: random.choice([]), lambda: random.randrange(5, 5), lambda: random.sample([1], 2),
            lambda: random.randint(1, "2"), lambda: random.randrange(1, 9, 0)):
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
