first = "abc"[0]
joined = ", ".join(["a", "b"])
formatted = "%s=%d" % ("x", 1)
hexed = b"\x00\xff".hex()
upper = ("multi" "part").upper()
count = """triple""".count("t")
fmt = "{}-{}".format
chars = [*"hello"]
encoded = "é".encode("utf-8")
decoded = b"caf\xc3\xa9".decode()
sliced = "abcdef"[1:-1:2]
raw_len = len(r"\n\t")
in_test = "b" in "abc"
not_in = "z" not in "abc"
compare = "a" < "b" <= "c"
mult = "-" * 40
fstr_attr = f"{1}".zfill(3)
bytes_index = b"abc"[0]
mapping = {"key": "value"}["key"]
