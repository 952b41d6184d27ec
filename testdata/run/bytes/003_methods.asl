b = b"  The Quick, Brown Fox  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" Tx"))
print(b.upper(), b.lower(), b.strip().title(), b.swapcase())
print(b.split(), b.split(b","), b"a-b-c".split(b"-", 1), b"a-b-c".rsplit(b"-", 1))
print(b"-".join([b"a", b"b", b"c"]), b"".join([b"x", b"yz"]))
print(b.find(b"Quick"), b.find(b"zz"), b.count(b"o"), b.index(b"F"), b.rfind(b" "))
print(b.replace(b"o", b"0"), b.startswith(b"  The"), b.endswith(b"x  "))
print(b"abc".center(9, b"*"), b"7".zfill(3), b"ab".ljust(4, b"."), b"ab".rjust(4))
print(b"k=v".partition(b"="), b"line1\nline2".splitlines())
print(b"abc123".isalnum(), b"abc".isalpha(), b"123".isdigit(), b"  ".isspace(), b"ABC".isupper())
print(b"hello".decode(), b"caf\xc3\xa9".decode("utf-8"), b"hello".capitalize())
try:
    b.index(b"zzz")
except ValueError as e:
    print("ValueError", e)
