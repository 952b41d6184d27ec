# string.Formatter: parse, format, vformat and subclassing
import string

f = string.Formatter()
for s in ["a{{b", "x}}y", "{0!r:>5}", "{}", "{a.b[0]}", "lit", "", "{:{w}}", "a{}b{}c", "{!s}", "{0[x]!a}"]:
    print(repr(s), list(f.parse(s)))
for s in ["{", "}", "a{b", "{0!}", "{0!rr}", "{:{}", "{0]"]:
    try:
        print(list(f.parse(s)))
    except ValueError as e:
        print(repr(s), "ValueError", e)

print(f.format("{} + {} = {}", 1, 2, 3))
print(f.format("{0}{1}{0}", "ab", "cd"))
print(f.format("{name:>8}|{value:08.3f}", name="pi", value=3.14159))
print(f.format("{0[1]} {0[0]} {d[k]}", ["x", "y"], d={"k": "v"}))
print(f.format("{:{width}.{prec}f}", 2.71828, width=10, prec=2))
print(f.format("{!r} {!s} {!a}", "q", 5, "é"))
print(f.vformat("{a}-{b}", (), {"a": 1, "b": 2}))

class P:
    x = 10
    y = [1, 2, 3]
print(f.format("{p.x} {p.y[2]}", p=P()))

for fmt, args in [("{} {0}", (1,)), ("{0} {}", (1,)), ("{5}", (1,)), ("{missing}", ()), ("{0!x}", (1,))]:
    try:
        print(f.format(fmt, *args))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)


class Defaults(string.Formatter):
    # missing keys become a marker instead of raising
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "<" + key + ">")
        return super().get_value(key, args, kwargs)


class Upper(string.Formatter):
    def format_field(self, value, spec):
        if spec == "u":
            return str(value).upper()
        return super().format_field(value, spec)

    def convert_field(self, value, conversion):
        if conversion == "l":
            return str(value).lower()
        return super().convert_field(value, conversion)


class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        extra = sorted(set(kwargs) - set(k for k in used if isinstance(k, str)))
        if extra:
            raise ValueError("unused: " + ", ".join(extra))


print(Defaults().format("Hello {name}, you owe {amount}", name="Ann"))
print(Upper().format("{0:u} {1!l} {2:>4}", "shout", "WHISPER", 7))
print(Strict().format("{a}", a=1))
try:
    Strict().format("{a}", a=1, b=2, c=3)
except ValueError as e:
    print("ValueError", e)
