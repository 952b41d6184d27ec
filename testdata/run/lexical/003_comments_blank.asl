# leading comment


# another comment after blank lines
x = 1  # trailing comment
    # an indented comment-only line is ignored
if x:
    # comment inside block

    y = 2   # value

        # over-indented comment

    print("y is", y)
# comment at column 0 inside nothing
s = "# not a comment"
print(s)
print('#', "#" * 3)  # really a comment
def g():
    # only a comment then code
    return 42
print(g())
