tests = ["abc", "ABC", "Abc", "123", "12.5", "abc123", "", " ", "\t\n", "Hello World", "²", "٣", "_x", "x y"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isalnum(), t.isspace(), t.isupper(),
          t.islower(), t.istitle(), t.isdecimal(), t.isnumeric(), t.isidentifier())
print("abc".isascii(), "é".isascii(), "hello\n".isprintable(), "hello".isprintable())
for t in ["Hello", "hello world", "HELLO WORLD", "Hello World", "123abc", "ABC123", "a_b"]:
    print(t, t.istitle(), t.isupper(), t.islower(), t.isalnum(), t.isidentifier())
print("".isupper(), "1".isupper(), "A1".isupper(), "a1".islower())
print(" ".join(c for c in "a1 B2_c" if c.isalnum()), sum(c.isdigit() for c in "a1b22c333"))
print("İ".isupper(), "ß".islower(), "Σ".isalpha(), "١٢".isdigit())
