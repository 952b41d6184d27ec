# shlex: split, quote, join.
import shlex

for s in ['ls -l "my file.txt"', "echo 'single  quoted' and\\ escaped", 'a"b c"d', "  spaced   out  ",
          'say "x \\"y\\" \\$z \\q"', "x # not a comment", "", "''", 'tab\there']:
    print(repr(s), shlex.split(s))
print(shlex.split("cmd # comment here", comments=True))
for bad in ('"unclosed', "'also", "trailing\\"):
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError", e)
print(shlex.quote(""), shlex.quote("safe-name_1.txt"), shlex.quote("has space"), shlex.quote("it's"))
print(shlex.join(["echo", "a b", "c'd", ""]), shlex.split(shlex.join(["x y", "z'w"])))
