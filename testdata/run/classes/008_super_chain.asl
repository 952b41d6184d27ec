class Base:
    def __init__(self):
        self.log = ["Base"]
    def describe(self):
        return "Base"
class Middle(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Middle")
    def describe(self):
        return "Middle<" + super().describe() + ">"
class Leaf(Middle):
    def __init__(self):
        super().__init__()
        self.log.append("Leaf")
    def describe(self):
        return "Leaf<" + super().describe() + ">"
l = Leaf()
print(l.log, l.describe())
class Explicit(Base):
    def describe(self):
        return "Explicit+" + super(Explicit, self).describe()
print(Explicit().describe())
class WithClassmethod(Base):
    @classmethod
    def make(cls):
        return cls()
    def describe(self):
        return "WCM/" + super().describe()
print(WithClassmethod.make().describe())
