def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        if term is None:
            break
        total += term
        count += 1
        average = total / count
    return average


def grouper(results, key):
    while True:
        results[key] = yield from averager()


def delegate(data):
    results = {}
    for key, values in data.items():
        group = grouper(results, key)
        next(group)
        for value in values:
            group.send(value)
        group.send(None)
    return results


def pipeline(lines):
    stripped = (line.strip() for line in lines)
    nonempty = (line for line in stripped if line)
    numbers = (int(line) for line in nonempty if line.isdigit())
    yield from (n * n for n in numbers)


def take(n, gen):
    for i, value in zip(range(n), gen):
        yield value
    else:
        return i if n else None


def echo():
    received = yield "ready"
    while received is not None:
        received = yield f"echo: {received}"
