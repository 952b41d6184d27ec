count = 0
items = []


def bump(x):
    global count
    count += 1
    items.append(x)
    return count
