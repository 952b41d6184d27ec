# Variable annotations: stored in __annotations__ of modules and classes.
count: int = 0
label: str
print(__annotations__, count)


class Config:
    name: str = "default"
    retries: int = 3
    verbose: "bool"
    if True:
        extra: float = 1.5

    def method(self):
        local: int = 5
        unused: no_such_name_is_ok
        return local


print(Config.__annotations__, Config.name, Config().method())
try:
    print(Config.verbose)
except AttributeError as e:
    print(e)


class Empty:
    pass


print(hasattr(Empty, "__annotations__") and Empty.__annotations__ == {})
obj = Config()
obj.name: str = "set"
print(obj.name)
