# a Monte Carlo simulation and a dice game, printing only stable facts
import random

random.seed(2024)
inside = 0
n = 20000
for _ in range(n):
    x, y = random.random(), random.random()
    if x * x + y * y <= 1:
        inside += 1
estimate = 4 * inside / n
print("pi estimate within 0.1:", abs(estimate - 3.14159) < 0.1)

counts = [0] * 6
for _ in range(6000):
    counts[random.randint(1, 6) - 1] += 1
print("every face seen:", all(c > 0 for c in counts), "total:", sum(counts))
print("roughly fair:", all(800 < c < 1200 for c in counts))


def play(rng_seed):
    random.seed(rng_seed)
    score = 0
    log = []
    while score < 20:
        roll = random.randint(1, 6)
        score += roll
        log.append(roll)
    return score, log


s1, log1 = play(7)
s2, log2 = play(7)
print("same seed same game:", s1 == s2 and log1 == log2)
print("score at least 20:", s1 >= 20, "rolls in range:", all(1 <= r <= 6 for r in log1))
print("score is the sum:", s1 == sum(log1))

# shuffling a deck and dealing hands
suits = "SHDC"
ranks = "23456789TJQKA"
deck = [r + s for s in suits for r in ranks]
random.shuffle(deck)
hands = [deck[i::4][:13] for i in range(4)]
print([len(h) for h in hands], len(set(sum(hands, []))))
print(sorted(sum(hands, [])) == sorted(r + s for s in suits for r in ranks))

weights = {"common": 70, "rare": 25, "epic": 5}
drops = random.choices(list(weights), weights=list(weights.values()), k=1000)
print(set(drops) <= set(weights), drops.count("common") > drops.count("epic"))
