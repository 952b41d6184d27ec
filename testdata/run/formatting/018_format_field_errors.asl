# str.format fields: [keys] holding any character, and malformed fields.
d = {"}": 1, "{": 2, "a": "A", ":": 3, "!": 4, "x": 0, "0": [0]}
for f in ["{abc", "{", "x{", "{0[}", "{0[}]}", "{0[{]}", "{0:{}", "{0[a]b}", "{0:x", "{0!r",
          "{a{b}", "{0[:]}", "{0[!]}", "{0:{1}", "{0!r:>9}", "{0[a]!r:^9}", "{p[x]]}",
          "{p[x]}", "{p[x}", "{p[]}", "{p[0]}", "{p[x]y}", "}", "{{}}", "{0.}"]:
    try:
        print(repr(f), repr(f.format(d, 5, p=d)))
    except Exception as e:
        print(repr(f), type(e).__name__, e)
