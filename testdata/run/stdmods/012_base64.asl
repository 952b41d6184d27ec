# base64: encodings and the lenient decoding of binascii.
import base64
import binascii

print(base64.b64encode(b"hello world"), base64.b64encode(b""), base64.b64encode(b"\xff\xfe\xfd"))
print(base64.urlsafe_b64encode(b"\xff\xfe\xfd"), base64.b64encode(b"\xff\xfe", altchars=b"-_"))
print(base64.b16encode(b"\x01\xab"), base64.b32encode(b"abc"), base64.b32decode(b"MFRGG==="))
print(base64.b16decode(b"01AB"), base64.b16decode("01ab", casefold=True))
for s in [b"YWJj", b"YWJ", b"YW", b"Y", b"YWJjZA==", b"YW Jj", b"YW*Jj", "YWJj", "é", b"YWJjZ", b"YWJjZA=", b"=YWJj", b"_-8="]:
    try:
        print(repr(s), base64.b64decode(s), base64.urlsafe_b64decode(s))
    except (binascii.Error, ValueError) as e:
        print(repr(s), type(e).__name__, e)
for bad in (lambda: base64.b64decode(b"YW*Jj", validate=True), lambda: base64.b64encode("str"),
            lambda: base64.b16decode(b"0G"), lambda: base64.b64decode(5)):
    try:
        bad()
    except (binascii.Error, TypeError) as e:
        print(type(e).__name__, e)
print(issubclass(binascii.Error, ValueError), base64.b64decode(base64.b64encode(bytes(range(256)))) == bytes(range(256)))
