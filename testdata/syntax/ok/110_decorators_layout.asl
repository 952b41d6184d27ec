@first

@second  # after decorator

# comment line between decorators
@third(
    option=1,
    # comment inside decorator call
)
def func():
    pass


class Service:
    @staticmethod
    # between
    def static():
        pass

    @property

    def prop(self):
        return 1

    @ functools.cached_property
    def cached(self):
        return 2


@ decorator \
    .attribute
def continued():
    pass


@lambda f: f
def bare_lambda():
    pass


@x[0](1)[2]
@x.y if x else z.w
@not_a_call
async def async_decorated():
    await x
