"""Support for enumerations: asl's enum module."""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique']

_auto_null = object()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


def _is_descriptor(obj):
    return isinstance(obj, (type(_is_descriptor), property, classmethod, staticmethod))


def _is_member_name(name, value):
    if name.startswith('_'):
        return False
    if _is_descriptor(value) or isinstance(value, type):
        return False
    return True


class _MembersView:
    """The read-only mapping of an enum's names to its members."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def __repr__(self):
        return "mappingproxy(%r)" % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


def _data_type(bases):
    for base in bases:
        for k in base.__mro__:
            if k is object or (isinstance(k, EnumType)):
                continue
            if k.__module__ == 'builtins':
                return k
    return object


class EnumType(type):
    """Metaclass for Enum."""

    def __new__(metacls, cls, bases, classdict, *, boundary=None, **kwds):
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError("<enum %r> cannot extend %r" % (cls, base))
        members = []
        body = {}
        gnv = classdict.get('_generate_next_value_')
        if gnv is None:
            for base in bases:
                gnv = getattr(base, '_generate_next_value_', None)
                if gnv is not None:
                    break
        if isinstance(gnv, staticmethod):
            gnv = gnv.__func__
        seen = set()
        for key, value in classdict.items():
            if _is_member_name(key, value):
                if key in seen:
                    raise TypeError('%r already defined as %r' % (key, classdict[key]))
                seen.add(key)
                if isinstance(value, auto):
                    if value.value is _auto_null:
                        value.value = gnv(key, 1, len(members), [v for _, v in members])
                    value = value.value
                members.append((key, value))
            else:
                body[key] = value
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_unhashable_values_'] = []
        new = classdict.get('__new__')
        if isinstance(new, staticmethod):
            new = new.__func__
        if new is None:
            for base in bases:
                new = getattr(base, '_new_member_', None)
                if new is not None:
                    break
        if new is not None:
            body['_new_member_'] = staticmethod(new)
            body.pop('__new__', None)
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        member_type = _data_type(bases)
        type.__setattr__(enum_class, '_member_type_', member_type)
        if boundary is not None:
            type.__setattr__(enum_class, '_boundary_', boundary)
        for name, value in members:
            enum_class._add_member_(name, value, new, member_type)
        if Flag is not None and issubclass(enum_class, Flag):
            bits = 0
            for m in enum_class._member_map_.values():
                bits |= m._value_
            type.__setattr__(enum_class, '_flag_mask_', bits)
        return enum_class

    def _add_member_(cls, name, value, new, member_type):
        args = value if isinstance(value, tuple) else (value,)
        if new is not None:
            member = new(cls, *args)
        elif member_type is object:
            member = object.__new__(cls)
        else:
            member = member_type.__new__(cls, *args)
        if not hasattr(member, '_value_'):
            if member_type is object:
                member._value_ = value
            else:
                member._value_ = member_type(*args)
        value = member._value_
        member._name_ = name
        member.__objclass__ = cls
        member.__init__(*args)
        for other_name in cls._member_names_:
            other = cls._member_map_[other_name]
            if other._value_ == value:
                member = other
                break
        else:
            if not (Flag is not None and issubclass(cls, Flag) and not _is_single_bit(value)):
                cls._member_names_.append(name)
        cls._member_map_[name] = member
        try:
            cls._value2member_map_.setdefault(value, member)
        except TypeError:
            cls._unhashable_values_.append(value)
        type.__setattr__(cls, name, member)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls.__new_lookup__(value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def __new_lookup__(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for name in cls._member_names_:
                if cls._member_map_[name]._value_ == value:
                    return cls._member_map_[name]
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                        % (cls.__name__, result))

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        bases = (cls,) if type is None else (type, cls)
        classdict = {}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names, last = names, [], []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last[:])
                last.append(value)
                names.append((name, value))
        if isinstance(names, dict):
            names = list(names.items())
        for item in names:
            if isinstance(item, str):
                key, value = item, names[item]
            else:
                key, value = item
            classdict[key] = value
        classdict['__module__'] = module if module is not None else '__main__'
        if qualname is not None:
            classdict['__qualname__'] = qualname
        metacls = cls.__class__
        if boundary is not None:
            return metacls(class_name, bases, classdict, boundary=boundary)
        return metacls(class_name, bases, classdict)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        type.__delattr__(cls, attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        return _MembersView(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name,))
        type.__setattr__(cls, name, value)


EnumMeta = EnumType
Flag = None


def _is_single_bit(num):
    if num == 0:
        return False
    num &= num - 1
    return num == 0


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last = sorted(last_values)[-1]
            return last + 1
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        names = ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']
        for k in self.__class__.__dict__:
            if not k.startswith('_') and k not in self._member_map_:
                names.append(k)
        return names

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


type.__setattr__(Enum, '_value_repr_', None)


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""

    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    def __hash__(self):
        return hash(self._value_)


type.__setattr__(IntEnum, '_value_repr_', int.__repr__)


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return str.__str__(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    def __hash__(self):
        return hash(self._value_)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


type.__setattr__(StrEnum, '_value_repr_', repr)


class Flag(Enum):
    """Support for flags: members combine with |, & and ^."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        return 2 ** last.bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        mask = cls._flag_mask_
        neg = value < 0
        if neg:
            value = mask + value + 1
        extra = value & ~mask
        if extra and not issubclass(cls, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if issubclass(cls, int):
            pseudo = int.__new__(cls, value)
        else:
            pseudo = object.__new__(cls)
        pseudo._value_ = value
        if value == 0:
            pseudo._name_ = None
        else:
            names = [m._name_ for m in cls if m._value_ & value == m._value_]
            if extra:
                names.append(str(extra))
            pseudo._name_ = '|'.join(names)
        return cls._value2member_map_.setdefault(value, pseudo)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        for m in self.__class__:
            if m._value_ & self._value_ == m._value_:
                yield m

    def __len__(self):
        return len(list(iter(self)))

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            return self.__class__(self._value_ | other._value_)
        if isinstance(other, int) and issubclass(self.__class__, int):
            return self.__class__(self._value_ | other)
        return NotImplemented

    def __and__(self, other):
        if isinstance(other, self.__class__):
            return self.__class__(self._value_ & other._value_)
        if isinstance(other, int) and issubclass(self.__class__, int):
            return self.__class__(self._value_ & other)
        return NotImplemented

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            return self.__class__(self._value_ ^ other._value_)
        if isinstance(other, int) and issubclass(self.__class__, int):
            return self.__class__(self._value_ ^ other)
        return NotImplemented

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(self._flag_mask_ & ~self._value_)


class IntFlag(int, ReprEnum, Flag):
    """Support for integer-based Flags."""

    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    def __hash__(self):
        return hash(self._value_)


type.__setattr__(IntFlag, '_value_repr_', int.__repr__)


def unique(enumeration):
    """Class decorator: no two names of the enumeration share a value."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join("%s -> %s" % (alias, name) for (alias, name) in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration
