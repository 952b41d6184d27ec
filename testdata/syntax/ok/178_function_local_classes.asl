def make_counter_class(start=0, *, step=1):
    shared = {"instances": 0}

    class Counter:
        value = start

        def __init__(self):
            shared["instances"] += 1
            self.value = start

        def __next__(self):
            self.value += step
            return self.value

        def __iter__(self):
            return self

        @classmethod
        def instances(cls):
            return shared["instances"]

    return Counter


def make_exception(name, base=Exception, **attrs):
    def __str__(self):
        return f"{name}: {super(cls, self).__str__()}"

    cls = type(name, (base,), {"__str__": __str__, **attrs})
    return cls


Evens = make_counter_class(0, step=2)
it = Evens()
print([next(it) for _ in range(3)], Evens.instances())
Oops = make_exception("Oops", ValueError, code=7)
