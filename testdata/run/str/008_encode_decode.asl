s = "héllo ✓"
b = s.encode()
print(b, len(s), len(b))
print(b.decode(), b.decode("utf-8") == s)
print("abc".encode("ascii"), "é".encode("latin-1"), b"\xe9".decode("latin-1"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, isinstance(e, ValueError))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, isinstance(e, ValueError))
print("é".encode("ascii", "replace"), "é".encode("ascii", "ignore"))
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
print(list("€".encode()), bytes([226, 130, 172]).decode())
