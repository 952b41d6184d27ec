# TextWrapper objects, max_lines and placeholders, hyphen and em-dash rules
import textwrap

w = textwrap.TextWrapper(width=18, initial_indent="1. ", subsequent_indent="   ")
items = ["Buy milk and eggs from the corner shop on the way home",
         "Call the plumber about the leaking kitchen tap",
         "Renew passport"]
for n, item in enumerate(items, 1):
    w.initial_indent = "%d. " % n
    print(w.fill(item))
print(w.width, w.break_long_words, w.max_lines, repr(w.placeholder))

s = "The state-of-the-art system--built in two weeks--was re-released as e-mail-ready."
for width in (10, 16, 24):
    print(textwrap.wrap(s, width))
print(textwrap.wrap(s, 16, break_on_hyphens=False))

long = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor."
for ml in (1, 2, 3, 10):
    print(ml, textwrap.wrap(long, 20, max_lines=ml))
print(textwrap.wrap(long, 20, max_lines=2, placeholder=" ..."))
print(textwrap.fill(long, 30, max_lines=2, placeholder="~"))
try:
    textwrap.wrap(long, 5, max_lines=1, placeholder=" [more]")
except ValueError as e:
    print("ValueError", e)

t = textwrap.TextWrapper(width=12, drop_whitespace=False)
print(t.wrap("a  b   c    d"))
t = textwrap.TextWrapper(width=30, fix_sentence_endings=True)
print(t.wrap('He said "Stop!" Then he left. Dr. Who arrived. OK.'))
print(textwrap.wrap("antidisestablishmentarianism-like", 10))
print(textwrap.wrap("x" * 12 + "-" + "y" * 5, 8))
