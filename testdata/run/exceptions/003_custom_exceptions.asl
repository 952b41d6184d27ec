class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field
class NotFound(AppError):
    def __init__(self, key):
        self.key = key
    def __str__(self):
        return f"not found: {self.key!r}"
def validate(d):
    if "name" not in d:
        raise NotFound("name")
    if not d["name"]:
        raise ValidationError("name", "empty")
    return d["name"]
for d in [{"name": "ann"}, {}, {"name": ""}]:
    try:
        print("ok", validate(d))
    except ValidationError as e:
        print("ValidationError", e, e.field, e.args)
    except AppError as e:
        print(type(e).__name__, e, e.key, e.args)
print(issubclass(ValidationError, AppError), issubclass(AppError, Exception), issubclass(AppError, BaseException))
e = AppError("a", 2)
print(e, repr(e), e.args, str(AppError()), repr(AppError()))
print(repr(ValidationError("f", "m")), repr(NotFound("x")))
