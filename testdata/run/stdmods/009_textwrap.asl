# textwrap: wrap, fill, shorten, dedent, indent.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, width=25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("A well-known and state-of-the-art approach", 12))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10, break_long_words=False))
print(textwrap.wrap("tabs\there and\nnewlines   and  spaces", 15))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("one", 10))
print(repr(textwrap.shorten("Hello  world! This is a test.", width=20)))
print(repr(textwrap.shorten("Hello world", width=20)), repr(textwrap.shorten("Hello world", 11, placeholder="...")))
block = """
    def f():
        return 1

    x = f()
"""
print(repr(textwrap.dedent(block)))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("  a\n   \n  b")))
print(repr(textwrap.indent("one\ntwo\n\nthree\n", "> ")))
print(repr(textwrap.indent("a\n\nb", "+", lambda line: True)))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print(e)
