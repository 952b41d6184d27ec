from datetime import date

for y, m, d in [(2024, 1, 1), (2023, 1, 1), (2021, 1, 3), (2020, 12, 31), (2026, 12, 31),
                (2015, 12, 31), (2016, 1, 3), (2008, 12, 29), (2010, 1, 3), (2004, 12, 31), (1, 1, 1)]:
    x = date(y, m, d)
    ic = x.isocalendar()
    print(x, ic, tuple(ic), ic.year, ic.week, ic.weekday, ic[1])
    print(" ", date.fromisocalendar(ic.year, ic.week, ic.weekday) == x)
yr, wk, wd = date(2024, 6, 15).isocalendar()
print(yr, wk, wd, isinstance(date(2024, 6, 15).isocalendar(), tuple))
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2024, 1, 1))
for args in [(2024, 53, 1), (2024, 0, 1), (2024, 1, 0), (2024, 1, 8), (0, 1, 1), (10000, 1, 1)]:
    try:
        print(date.fromisocalendar(*args))
    except ValueError as e:
        print(type(e).__name__, e)
weeks53 = [y for y in range(2000, 2040) if date(y, 12, 28).isocalendar()[1] == 53]
print(weeks53)
