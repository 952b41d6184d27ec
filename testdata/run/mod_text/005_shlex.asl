# shlex.split, quote and join
import shlex

cases = [
    "ls -l /tmp",
    "echo 'hello world'",
    'echo "double  quoted" and\\ escaped',
    "grep -e 'a b' -e \"c d\" file.txt",
    "  spaced   out   ",
    "a'b'c \"d\"e",
    'say "she said \\"hi\\""',
    "single 'keeps \\ backslash'",
    'x="a b" y=c',
    "",
    "cmd # a comment",
]
for c in cases:
    print(repr(c), "->", shlex.split(c))
print(shlex.split("cmd # a comment", comments=True))
print(shlex.split("one #two\nthree", comments=True))

for bad in ["'unterminated", 'say "oops', "trailing\\"]:
    try:
        print(shlex.split(bad))
    except ValueError as e:
        print("ValueError", e)

for s in ["simple", "", "has space", "it's", "$HOME", 'a"b', "safe-_./:=+@%,", "tab\there", "ünï"]:
    print(repr(s), "->", shlex.quote(s))

args = ["grep", "-r", "it's here", "*.txt", ""]
line = shlex.join(args)
print(line)
print(shlex.split(line) == args)

# build a command line safely, then read it back
files = ["report 2024.txt", "notes.md", "a&b.txt"]
cmd = "tar czf backup.tgz " + " ".join(shlex.quote(f) for f in files)
print(cmd)
print(shlex.split(cmd))
