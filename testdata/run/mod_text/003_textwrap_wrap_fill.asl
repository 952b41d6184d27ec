# textwrap.wrap and fill with their options
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs. How vexingly quick daft zebras jump!")
for w in (20, 35, 50):
    print(textwrap.wrap(text, w))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("short"))
print(textwrap.wrap(""))
print(textwrap.wrap("   "))
print(textwrap.wrap("a" * 25, 10))
print(textwrap.wrap("a" * 25, 10, break_long_words=False))
print(textwrap.wrap("supercalifragilistic expialidocious", 8))
print(textwrap.wrap("one\ttwo\tthree", 12))
print(textwrap.wrap("one\ttwo\tthree", 12, expand_tabs=False))
print(textwrap.wrap("keep  double   spaces", 10, replace_whitespace=False))
print(textwrap.wrap("line one\nline two", 40))
print(textwrap.wrap(" leading space", 40))
print(textwrap.wrap(" leading space", 40, drop_whitespace=False))
print(textwrap.wrap("well-known long-winded explanation", 12))
print(textwrap.wrap("well-known long-winded explanation", 12, break_on_hyphens=False))
print(textwrap.fill("End. Next sentence.", 80, fix_sentence_endings=True))
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print("ValueError", e)
print(textwrap.wrap("abc def", 1))
