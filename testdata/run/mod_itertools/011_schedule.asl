# A round-robin rota and a timetable with cycle, count, islice and zip.
from itertools import cycle, count, islice, repeat, chain, accumulate, takewhile

people = ["ann", "bob", "cy"]
days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
rota = dict(zip(days, cycle(people)))
print(rota)
print({p: [d for d, who in rota.items() if who == p] for p in people})

# Pair tasks with workers, workers taking turns.
tasks = ["t%d" % i for i in range(1, 8)]
assign = list(zip(tasks, cycle(people)))
print(assign)

# Numbered tickets starting at 100, step 5.
tickets = list(zip(count(100, 5), ["alpha", "beta", "gamma"]))
print(tickets)

# A timetable: departures every 25 minutes from 06:10 until 09:00.
def minutes_to_clock(m):
    return "%02d:%02d" % divmod(m, 60)

start = 6 * 60 + 10
gaps = chain([start], repeat(25))
times = list(takewhile(lambda t: t <= 9 * 60, accumulate(gaps)))
print([minutes_to_clock(t) for t in times])

# Traffic light simulation.
light = cycle([("green", 3), ("yellow", 1), ("red", 2)])
timeline = []
for color, secs in islice(light, 7):
    timeline.extend(repeat(color[0].upper(), secs))
print("".join(timeline))

# Load balancing: requests to servers by weight.
weights = {"s1": 3, "s2": 1, "s3": 2}
pool = list(chain.from_iterable(repeat(name, w) for name, w in weights.items()))
balancer = cycle(pool)
hits = {}
for _ in range(18):
    s = next(balancer)
    hits[s] = hits.get(s, 0) + 1
print(pool, hits)
