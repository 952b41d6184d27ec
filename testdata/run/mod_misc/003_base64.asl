# base64, urlsafe, base32 and base16 encodings and their errors
import base64
import binascii

data = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(250, 256)), "héllo wörld".encode()]
for d in data:
    enc = base64.b64encode(d)
    print(d, enc, base64.b64decode(enc) == d)
print(base64.b64encode(b"\xfb\xff\xfe"), base64.urlsafe_b64encode(b"\xfb\xff\xfe"))
print(base64.urlsafe_b64decode(b"-__-"), base64.urlsafe_b64decode("-__-"))
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"))
print(base64.b64decode("aGVsbG8="), base64.b64decode(b"aGVs\nbG8="))
print(base64.standard_b64encode(b"abc"), base64.standard_b64decode(b"YWJj"))
print(base64.b32encode(b"hello"), base64.b32decode(b"NBSWY3DP"))
print(base64.b32encode(b""), base64.b32encode(b"a"), base64.b32encode(b"abcde"))
print(base64.b32decode("nbswy3dp", casefold=True))
print(base64.b16encode(b"\x00\xffhi"), base64.b16decode(b"00FF6869"), base64.b16decode("00ff", casefold=True))
print(base64.encodebytes(b"x" * 60))
print(base64.decodebytes(b"eHh4\n"))

for bad in [b"abc", b"a", b"ab=c"]:
    try:
        print(base64.b64decode(bad))
    except binascii.Error as e:
        print("binascii.Error", e)
try:
    base64.b64decode(b"ab$c", validate=True)
except binascii.Error as e:
    print("binascii.Error", e)
print(base64.b64decode(b"ab$cd==="))
for bad in [b"NBSWY3D", b"00fg"]:
    try:
        print(base64.b32decode(bad) if len(bad) == 7 else base64.b16decode(bad))
    except binascii.Error as e:
        print("binascii.Error", e)
try:
    base64.b64encode("text")
except TypeError as e:
    print("TypeError", e)
print(issubclass(binascii.Error, ValueError))

# a basic auth header round trip
user, pw = "alice", "s3cr3t:!"
header = "Basic " + base64.b64encode(f"{user}:{pw}".encode()).decode()
print(header)
u, _, p = base64.b64decode(header.split()[1]).decode().partition(":")
print(u, p)
