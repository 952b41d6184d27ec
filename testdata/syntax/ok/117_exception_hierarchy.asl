class AppError(Exception):
    """Base error."""

    code = 1

    def __init__(self, message: str, *, detail: object = None) -> None:
        super().__init__(message)
        self.detail = detail

    def __str__(self) -> str:
        base = super().__str__()
        return f"[{self.code}] {base}" + (f" ({self.detail})" if self.detail else "")


class NotFound(AppError, LookupError):
    code = 404


class Conflict(AppError):
    code = 409


def lookup(store, key):
    try:
        return store[key]
    except KeyError as exc:
        raise NotFound(f"missing {key!r}", detail=exc) from exc


def insert(store, key, value):
    if key in store:
        raise Conflict(f"{key!r} exists")
    store[key] = value


def safely(fn, *args):
    try:
        return fn(*args), None
    except NotFound as e:
        return None, e
    except (Conflict, ValueError) as e:
        return None, e
    except AppError:
        raise
    except BaseException as e:
        raise AppError("unexpected") from e
