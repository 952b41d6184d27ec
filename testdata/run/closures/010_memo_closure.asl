def memo(fn):
    cache = {}
    hits = 0
    def wrapper(*args):
        nonlocal hits
        if args in cache:
            hits += 1
            return cache[args]
        r = fn(*args)
        cache[args] = r
        return r
    def stats():
        return len(cache), hits
    wrapper.stats = stats
    return wrapper
@memo
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(16, 16), grid_paths.stats())
print(grid_paths(3, 3), grid_paths.stats())
