name = "world"
n = 42
print(f"hello {name}")
print(F"{n} {n * 2} {n > 40}")
print(f"{{literal}} {{{n}}}")
print(f"{name!r} {name!s} {'é'!a}")
print(f"{n=}", f"{name = }", f"{n*2=}")
print(f"{n:>6}|{n:<6}|{n:^6}|")
w = 8
p = 3
print(f"{3.14159:{w}.{p}f}|")
print(fr"raw\n{n}", rf"{name}\t")
print(f"{'nested' + f'{n}'}")
print(f"{[1, 2, 3]} {{'a': 1}} {(lambda: 5)()}")
print(f"{n:x} {n:o} {n:b} {n:#x} {255:X}")
print(f"""triple {name}
second {n}""")
d = {"k": "v"}
print(f"{d['k']} {d}")
print(f"{n:,} {1234567:,} {1234567:_}")
print(f"{0.25:%} {0.25:.0%}")
