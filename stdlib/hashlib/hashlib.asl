# asl's hashlib module: md5, sha1, sha224, sha256, sha384, sha512 and new().
import _hashlib

algorithms_guaranteed = {"md5", "sha1", "sha224", "sha256", "sha384", "sha512"}
algorithms_available = set(algorithms_guaranteed)


class _Hash:
    def __init__(self, name, data=b""):
        sizes = _hashlib.sizes(name)
        if sizes is None:
            raise ValueError("unsupported hash type " + name)
        self.name = name
        self.digest_size, self.block_size = sizes
        self._parts = []
        if data:
            self.update(data)

    def update(self, data):
        if isinstance(data, str):
            raise TypeError("Strings must be encoded before hashing")
        self._parts.append(bytes(data))

    def digest(self):
        return _hashlib.digest(self.name, b"".join(self._parts))

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        other = _Hash(self.name)
        other._parts = list(self._parts)
        return other

    def __repr__(self):
        return "<%s _hashlib.HASH object>" % self.name


def new(name, data=b""):
    return _Hash(name.lower(), data)


def md5(data=b""):
    return _Hash("md5", data)


def sha1(data=b""):
    return _Hash("sha1", data)


def sha224(data=b""):
    return _Hash("sha224", data)


def sha256(data=b""):
    return _Hash("sha256", data)


def sha384(data=b""):
    return _Hash("sha384", data)


def sha512(data=b""):
    return _Hash("sha512", data)
