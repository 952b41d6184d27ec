# hashlib: digests of bytes, incremental updates, errors.
import hashlib

for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512"):
    h = hashlib.new(name, b"hello")
    print(name, h.hexdigest(), h.digest_size, h.block_size, h.name)
h = hashlib.sha256()
h.update(b"hel")
h2 = h.copy()
h.update(b"lo")
print(h.hexdigest() == hashlib.sha256(b"hello").hexdigest(), h2.hexdigest() == hashlib.sha256(b"hel").hexdigest())
print(hashlib.md5(b"").hexdigest(), hashlib.sha1("é".encode()).digest()[:4], len(hashlib.sha512().digest()))
print(sorted(hashlib.algorithms_guaranteed) >= ["md5", "sha1", "sha256"])
for bad in (lambda: hashlib.sha256("text"), lambda: hashlib.new("nope")):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
