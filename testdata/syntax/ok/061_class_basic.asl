class Empty:
    pass


class WithBase(object):
    pass


class Multi(Base1, Base2, mixins.Mixin):
    pass


class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        return super().__new__(mcls, name, bases, ns)


class WithMeta(Base, metaclass=Meta):
    pass


class WithKw(Base, metaclass=Meta, flag=True, **extra):
    pass


class StarBases(*bases, Final, **options):
    pass


class Parens():
    pass


class Trailing(Base,):
    pass


class Multiline(
    Base,
    metaclass=Meta,
):
    x = 1
    y: int = 2
    z, w = 3, 4


class GenericBase(Generic[T], Mapping[str, T]):
    pass
