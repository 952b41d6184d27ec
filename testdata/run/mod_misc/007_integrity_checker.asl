# a file integrity checker: hashlib digests of files, a base64 manifest
import base64
import hashlib
import os

root = "tmp_integrity"
os.makedirs(root, exist_ok=True)
files = {"a.txt": b"alpha\n", "b.bin": bytes(range(16)), "empty": b""}
for name, data in files.items():
    with open(os.path.join(root, name), "wb") as f:
        f.write(data)


def digest(path, algo="sha256", chunk=4):
    h = hashlib.new(algo)
    with open(path, "rb") as f:
        while True:
            block = f.read(chunk)
            if not block:
                break
            h.update(block)
    return h.hexdigest()


manifest = {}
for name in sorted(os.listdir(root)):
    manifest[name] = digest(os.path.join(root, name))
    print(name, manifest[name][:16], digest(os.path.join(root, name), "md5"))

text = "\n".join("%s %s" % kv for kv in sorted(manifest.items()))
packed = base64.b64encode(text.encode())
print(len(packed), packed[:24])
restored = dict(line.split(" ") for line in base64.b64decode(packed).decode().splitlines())
print(restored == manifest)

with open(os.path.join(root, "a.txt"), "ab") as f:
    f.write(b"tampered")
changed = [n for n in sorted(manifest) if digest(os.path.join(root, n)) != restored[n]]
print("changed:", changed)
print(hashlib.sha256(b"alpha\n").hexdigest() == manifest["a.txt"])
print(base64.b16encode(hashlib.md5(b"").digest()).lower() == hashlib.md5(b"").hexdigest().encode())

for name in os.listdir(root):
    os.remove(os.path.join(root, name))
os.rmdir(root)
print(os.path.exists(root))
