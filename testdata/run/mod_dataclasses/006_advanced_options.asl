# unsafe_hash, KW_ONLY, field metadata and hash, replace errors, InitVar repr
from dataclasses import dataclass, field, fields, replace, InitVar, KW_ONLY, MISSING


@dataclass(unsafe_hash=True)
class Key:
    kind: str
    ident: int
    note: str = field(default="", compare=False)


k = Key("user", 7, "first")
print(hash(k) == hash(Key("user", 7, "other")), k == Key("user", 7))
print(len({Key("a", 1), Key("a", 1, "x"), Key("b", 1)}))


@dataclass(frozen=True)
class Tagged:
    name: str
    weight: float = field(default=1.0, hash=False)


print(hash(Tagged("x", 1.0)) == hash(Tagged("x", 2.0)), Tagged("x", 1.0) == Tagged("x", 2.0))


@dataclass
class Request:
    url: str
    _: KW_ONLY
    method: str = "GET"
    timeout: float = 10.0


print(Request("/home"), Request("/api", method="POST"))
try:
    Request("/a", "PUT")
except TypeError as e:
    print("TypeError", e)
print([(f.name, f.kw_only) for f in fields(Request)])


@dataclass
class Meta:
    x: int = field(default=0, metadata={"unit": "px"})
    y: int = 0


f = fields(Meta)[0]
print(f.metadata["unit"], fields(Meta)[1].metadata, f.default, fields(Meta)[1].default_factory is MISSING)


@dataclass
class Conn:
    host: str
    port: int = 80
    retries: int = field(default=3, init=False)
    token: InitVar[str] = None

    def __post_init__(self, token):
        self.auth = token is not None


c = Conn("example.org", token="t0k")
print(c, c.auth, Conn("x").auth)
print(replace(c, port=8080, token=None).auth)
try:
    replace(c, retries=5)
except ValueError as e:
    print("ValueError", e)
try:
    replace(42, port=1)
except TypeError as e:
    print("TypeError", e)
print(repr(InitVar[int]))


@dataclass(kw_only=True)
class Settings:
    debug: bool
    name: str = "app"


print(Settings(debug=True))
try:
    Settings()
except TypeError as e:
    print("TypeError", e)
