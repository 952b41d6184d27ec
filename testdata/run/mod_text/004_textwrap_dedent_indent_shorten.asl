# textwrap.dedent, indent and shorten
import textwrap

code = """
    def f(x):
        return x * 2

    print(f(3))
"""
print(textwrap.dedent(code))
print(repr(textwrap.dedent("  a\n    b\n  c")))
print(repr(textwrap.dedent("\ta\n\tb")))
print(repr(textwrap.dedent("  a\n\tb")))
print(repr(textwrap.dedent("  a\n\n  b\n   \n")))
print(repr(textwrap.dedent("no indent\n  here")))
print(repr(textwrap.dedent("")))

print(textwrap.indent("a\nb\n\nc", "> "))
print(repr(textwrap.indent("a\nb\n\nc\n", "  ")))
print(repr(textwrap.indent("a\n  \nb", "+", lambda line: True)))
print(textwrap.indent("one\ntwo\nthree", "# ", lambda line: "t" in line))

print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world, how are you doing today?", 25))
print(textwrap.shorten("Hello world, how are you doing today?", 25, placeholder="..."))
print(textwrap.shorten("   lots   of    space   ", 40))
try:
    textwrap.shorten("Hello world", 3)
except ValueError as e:
    print("ValueError", e)
print(repr(textwrap.shorten("Supercalifragilistic", 10)))
