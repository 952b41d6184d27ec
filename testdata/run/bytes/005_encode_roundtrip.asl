texts = ["ascii", "café", "naïve résumé", "日本語", "emoji 😀", ""]
for t in texts:
    enc = t.encode("utf-8")
    print(repr(t), enc, len(t), len(enc), enc.decode("utf-8") == t)
print("abc".encode() == b"abc", "abc" == b"abc")
print(b"\xc3\xa9".decode(), "é".encode("utf-8").hex())
def hexdump(b):
    for i in range(0, len(b), 8):
        row = b[i:i + 8]
        hx = " ".join("%02x" % x for x in row)
        asc = "".join(chr(x) if 32 <= x < 127 else "." for x in row)
        print("%04x  %-23s  %s" % (i, hx, asc))
hexdump("Hello, wörld!\n\tbytes".encode())
