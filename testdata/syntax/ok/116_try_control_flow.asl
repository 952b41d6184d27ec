def first_valid(items):
    for item in items:
        try:
            value = parse(item)
        except ValueError:
            continue
        except (TypeError, AttributeError) as exc:
            print("skipping", exc)
            continue
        else:
            if value is None:
                continue
            return value
        finally:
            print("checked", item)
    return None


def loop_with_finally():
    while True:
        try:
            return step()
        finally:
            if cleanup_needed():
                continue
            break


def swallow():
    try:
        return 1
    finally:
        return 2


def reraise():
    try:
        raise ValueError("a")
    except ValueError as e:
        try:
            raise TypeError("b") from e
        except TypeError:
            raise
    except:
        pass
