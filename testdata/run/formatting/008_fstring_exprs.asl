x, y = 3, 4
name = "World"
d = {"a": 1, "key": "value"}
lst = [10, 20, 30]
print(f"{x + y} {x * y} {x ** y} {x / y:.3f} {-x} {x if x > y else y}")
print(f"{name.upper()} {name[::-1]} {len(name)} {name!r} {d['key']} {lst[-1]} {lst[1:]}")
print(f"{x=} {y = } {x + y = } {name=!s} {x=:5d} {3.5=:.2f}")
print(f"{'nested {braces}'} {{x}} {{{x}}} {'{'}{x}{'}'}")
print(f"{[i * 2 for i in range(3)]} {(lambda v: v + 1)(5)} {sum(lst)} {max(lst, key=lambda v: -v)}")
print(f"{f'{x}' * 3} {f'{y:>3}'!r} {f'{x!r:^5}'}|")
print(f"{x:>{y}} {name:{'^'}{x * 4}}|")
print(f"""{x}
{y}""")
class O:
    attr = "A"
obj = O()
print(f"{obj.attr} {obj.attr.lower()} {str(x).zfill(3)}")
