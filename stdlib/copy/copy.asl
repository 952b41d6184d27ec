# asl's copy module: shallow and deep copies.


class Error(Exception):
    pass


error = Error
_atomic = (type(None), int, float, bool, complex, str, bytes, range, type, type(len),
           type(lambda: 0), frozenset)


def copy(x):
    cls = type(x)
    if isinstance(x, _atomic) and cls in _atomic:
        return x
    if cls is tuple:
        return x
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if hasattr(x, "__copy__"):
        return x.__copy__()
    return _rebuild(x, lambda v: v, None)


def _rebuild(x, convert, made):
    # A new object of x's class with its items and attributes converted;
    # made(obj) is told of the object before its parts are converted, so
    # that cycles through it find it in the memo.
    cls = type(x)
    if isinstance(x, (list, dict, set)):
        obj = cls.__new__(cls)
    else:
        obj = object.__new__(cls)
    if made is not None:
        made(obj)
    if isinstance(x, list):
        obj.extend(convert(v) for v in x)
    elif isinstance(x, dict):
        for k, v in x.items():
            obj[convert(k)] = convert(v)
    elif isinstance(x, set):
        obj.update(convert(v) for v in x)
    if hasattr(x, "__dict__"):
        for k, v in x.__dict__.items():
            # around a __setattr__ of the class (frozen dataclasses)
            object.__setattr__(obj, k, convert(v))
    return obj


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    key = id(x)
    if key in memo:
        return memo[key]
    cls = type(x)
    if cls in _atomic:
        return x
    if hasattr(x, "__deepcopy__"):
        result = x.__deepcopy__(memo)
    elif cls is tuple:
        items = [deepcopy(v, memo) for v in x]
        if key in memo:
            return memo[key]
        result = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is list:
        result = []
        memo[key] = result
        result.extend(deepcopy(v, memo) for v in x)
    elif cls is dict:
        result = {}
        memo[key] = result
        for k, v in x.items():
            result[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set:
        result = {deepcopy(v, memo) for v in x}
    else:
        def made(obj):
            memo[key] = obj
        result = _rebuild(x, lambda v: deepcopy(v, memo), made)
    memo[key] = result
    return result
