# __init_subclass__ runs for each new subclass, as an implicit classmethod.
registry = []


class Plugin:
    def __init_subclass__(cls):
        registry.append(cls.__name__)
        cls.tag = cls.__name__.lower()


class Audio(Plugin):
    pass


class Video(Plugin):
    pass


class HDVideo(Video):
    pass


print(registry, Audio.tag, HDVideo.tag, hasattr(Plugin, "tag"))


class Checked:
    @classmethod
    def __init_subclass__(cls):
        if not hasattr(cls, "required"):
            raise TypeError(cls.__name__ + " must define 'required'")


class Good(Checked):
    required = 1


try:
    class Bad(Checked):
        pass
except TypeError as e:
    print("TypeError", e)
print(Good.required)
