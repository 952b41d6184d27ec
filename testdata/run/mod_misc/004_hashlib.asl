# hashlib digests, incremental updates, copies and attributes
import hashlib

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    h = getattr(hashlib, name)(b"The quick brown fox jumps over the lazy dog")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
print(hashlib.md5(b"").hexdigest(), hashlib.sha256().hexdigest())

h = hashlib.sha256()
for chunk in [b"hello", b" ", b"world"]:
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(b"hello world").hexdigest())
c = h.copy()
c.update(b"!")
print(h.hexdigest())
print(c.hexdigest())
print(len(h.digest()), type(h.digest()).__name__, h.digest()[:4])

n = hashlib.new("sha1", b"abc")
print(n.name, n.hexdigest())
n2 = hashlib.new("MD5")
n2.update("text".encode("utf-8"))
print(n2.hexdigest())
print(sorted(a for a in hashlib.algorithms_guaranteed if a in {"md5", "sha1", "sha256", "sha512"}))
try:
    hashlib.new("nosuchhash")
except ValueError as e:
    print("ValueError", e)
try:
    hashlib.sha256("not bytes")
except TypeError as e:
    print("TypeError", e)

# content-addressed storage of small blobs
store = {}
def put(blob):
    key = hashlib.sha1(blob).hexdigest()[:12]
    store[key] = blob
    return key
keys = [put(b) for b in [b"alpha", b"beta", b"alpha", b"gamma"]]
print(keys)
print(len(store), sorted(store))
