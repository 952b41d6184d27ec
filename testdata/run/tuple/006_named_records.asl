people = [("Ann", 31, "NYC"), ("Bob", 25, "LA"), ("Cy", 40, "NYC"), ("Di", 25, "SF")]
NAME, AGE, CITY = range(3)
by_city = {}
for p in people:
    by_city.setdefault(p[CITY], []).append(p[NAME])
print(by_city)
print(sorted(people, key=lambda p: (p[AGE], p[NAME])))
oldest = max(people, key=lambda p: p[AGE])
print(oldest, oldest[NAME])
ages = tuple(p[AGE] for p in people)
print(ages, sum(ages) / len(ages))
for name, age, city in people:
    print(f"{name:<4}{age:>3} {city}")
