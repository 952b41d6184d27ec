from enum import IntEnum, StrEnum, Enum, auto


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


print(Priority.LOW, repr(Priority.HIGH), str(Priority.MEDIUM), f"{Priority.HIGH}")
print(Priority.LOW < Priority.HIGH, Priority.MEDIUM == 5, Priority.HIGH + 1, Priority.LOW * 3)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]), max(Priority))
print(isinstance(Priority.LOW, int), isinstance(Priority.LOW, Enum), Priority(10))
print({1: "one"}[Priority.LOW], [0, 1, 2, 3, 4, 5][Priority.MEDIUM], format(Priority.HIGH, "04d"))
print(int(Priority.MEDIUM), Priority.MEDIUM.value, Priority["LOW"].name)


class Method(StrEnum):
    GET = auto()
    POST = auto()
    DELETE = "del"


print(Method.GET, repr(Method.POST), Method.DELETE.upper(), Method.GET == "get")
print(list(Method), Method("post"), "-".join(Method), f"[{Method.GET:>6}]")
print({"get": 1}[Method.GET], isinstance(Method.GET, str), Method.POST.startswith("po"))


class Http(IntEnum):
    OK = 200
    NOT_FOUND = 404


code = 404
if code == Http.NOT_FOUND:
    print("matched", Http(code).name)
try:
    Http(500)
except ValueError as e:
    print("ValueError:", e)
