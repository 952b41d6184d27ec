# itertools: infinite, terminating and combinatoric iterators.
from itertools import (count, repeat, cycle, chain, islice, accumulate, takewhile, dropwhile,
                       starmap, zip_longest, product, permutations, combinations, groupby,
                       compress, filterfalse, pairwise)
import operator
print(list(islice(count(), 5)), list(islice(count(10, 5), 3)), list(islice(count(1.5, 0.5), 3)))
print(list(repeat("x", 3)), list(repeat(1, 0)), list(zip(range(3), repeat(7))))
print(list(islice(cycle("ab"), 5)), list(cycle([])))
print(list(chain([1, 2], "ab", (3,))), list(chain()))
print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 4)), list(islice("abcdefg", 1, None, 2)), list(islice(range(10), 0, 9, 3)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(filterfalse(lambda x: x % 2, range(7))), list(filterfalse(None, [0, 1, "", "a"])))
print(list(zip_longest("ab", "xyz", fillvalue="-")), list(zip_longest([1], [])))
print(list(product("ab", [1, 2])), len(list(product(range(3), repeat=3))), list(product()))
print(list(permutations("abc", 2)), len(list(permutations(range(4)))), list(permutations([1], 2)))
print(list(combinations("abcd", 2)), list(combinations(range(4), 0)), list(combinations("ab", 3)))
print([(k, list(g)) for k, g in groupby("aaabccd")], [(k, len(list(g))) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(pairwise("abcd")), list(pairwise("a")))
for bad in (lambda: islice("ab", -1), lambda: islice("ab", 0, 2, 0), lambda: list(permutations("ab", -1))):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
