# A job scheduler simulation: heap-free priority with sorted, deque, namedtuple, itertools.
from collections import deque, namedtuple, OrderedDict
from itertools import count, cycle, islice
import random

Job = namedtuple("Job", "id name duration priority", defaults=(1,))
ids = count(1)
jobs = [Job(next(ids), n, d) for n, d in [("build", 3), ("test", 2), ("lint", 1)]]
jobs.append(Job(next(ids), "deploy", 2, 0))
print(jobs[0], jobs[-1]._asdict())
queue = deque(sorted(jobs, key=lambda j: (j.priority, j.id)))
workers = cycle(["w1", "w2"])
clock = 0
log = OrderedDict()
while queue:
    job = queue.popleft()
    w = next(workers)
    if job.duration > 2:
        queue.append(job._replace(duration=job.duration - 2))
        log.setdefault(job.name, []).append((clock, w, "partial"))
        clock += 2
        continue
    log.setdefault(job.name, []).append((clock, w, "done"))
    clock += job.duration
for name, events in log.items():
    print(name, events)
log.move_to_end("test", last=False)
print(list(log), clock)
rng = random.Random(42) if hasattr(random, "Random") else random
sample = sorted(rng.sample(range(100), 5))
print(len(sample), all(0 <= x < 100 for x in sample), sample == sorted(set(sample)))
print(list(islice(cycle("ab"), 5)), Job._fields, Job._field_defaults)
