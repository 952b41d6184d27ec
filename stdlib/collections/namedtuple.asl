

_KEYWORDS = frozenset([
    "False", "None", "True", "and", "as", "assert", "async", "await", "break",
    "class", "continue", "def", "del", "elif", "else", "except", "finally",
    "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
])


def _names_phrase(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + " and " + quoted[1]
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _bind_fields(where, fields, defaults, args, kwargs):
    # Binds a call's arguments to the fields as a def with these
    # parameters would, with CPython's messages for a bad call.
    n = len(fields)
    values = list(args[:n])
    for name in kwargs:
        if name not in fields:
            raise TypeError("%s() got an unexpected keyword argument '%s'" % (where, name))
        if fields.index(name) < len(values):
            raise TypeError("%s() got multiple values for argument '%s'" % (where, name))
    if len(args) > n:
        given = len(args) + 1
        verb = "was" if given == 1 else "were"
        if defaults:
            takes = "from %d to %d positional arguments" % (n - len(defaults) + 1, n + 1)
        else:
            takes = "%d positional argument%s" % (n + 1, "" if n == 0 else "s")
        raise TypeError("%s() takes %s but %d %s given" % (where, takes, given, verb))
    missing = []
    first_default = n - len(defaults)
    for i in range(len(values), n):
        name = fields[i]
        if name in kwargs:
            values.append(kwargs[name])
        elif i >= first_default:
            values.append(defaults[i - first_default])
        else:
            missing.append(name)
            values.append(None)
    if missing:
        raise TypeError("%s() missing %d required positional argument%s: %s"
                        % (where, len(missing), "" if len(missing) == 1 else "s", _names_phrase(missing)))
    return values


def _field_getter(index):
    def get(self):
        return self[index]
    return get


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = str(typename)

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith("_") or name in seen):
                field_names[index] = "_%d" % index
            seen.add(name)

    for name in [typename] + field_names:
        if not name.isidentifier():
            raise ValueError("Type names and field names must be valid identifiers: %r" % (name,))
        if name in _KEYWORDS:
            raise ValueError("Type names and field names cannot be a keyword: %r" % (name,))

    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: %r" % (name,))
        if name in seen:
            raise ValueError("Encountered duplicate field name: %r" % (name,))
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))
    else:
        defaults = ()

    fields = tuple(field_names)
    num_fields = len(fields)
    where = typename + ".__new__"
    repr_fmt = "(" + ", ".join("%s=%%r" % name for name in fields) + ")"

    class _NamedTuple(tuple):
        __slots__ = ()
        _fields = fields
        _field_defaults = field_defaults
        __match_args__ = fields
        __doc__ = "%s(%s)" % (typename, ", ".join(fields))

        def __new__(_cls, *args, **kwargs):
            return tuple.__new__(_cls, _bind_fields(where, fields, defaults, args, kwargs))

        @classmethod
        def _make(cls, iterable):
            result = tuple.__new__(cls, iterable)
            if len(result) != num_fields:
                raise TypeError("Expected %d arguments, got %d" % (num_fields, len(result)))
            return result

        def _replace(self, /, **kwds):
            values = []
            for i in range(num_fields):
                name = fields[i]
                if name in kwds:
                    values.append(kwds.pop(name))
                else:
                    values.append(self[i])
            if kwds:
                raise ValueError("Got unexpected field names: %r" % (list(kwds),))
            return self._make(values)

        def __repr__(self):
            return type(self).__name__ + repr_fmt % tuple(self)

        def _asdict(self):
            return dict(zip(self._fields, self))

        def __getnewargs__(self):
            return tuple(self)

    for index, name in enumerate(fields):
        setattr(_NamedTuple, name, property(_field_getter(index), doc="Alias for field number %d" % index))
    if module is None:
        module = _collections.caller_module()
    _collections.rename_class(_NamedTuple, typename, typename, module)
    _NamedTuple.__module__ = module
    return _NamedTuple
