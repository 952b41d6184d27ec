from abc import ABC, abstractmethod


class Animal(ABC):
    sound: str = ""
    legs = 4

    def __init__(self, name: str, *, age: int = 0) -> None:
        self.name = name
        self.age = age

    @abstractmethod
    def speak(self) -> str:
        ...

    @property
    @abstractmethod
    def kind(self) -> str:
        raise NotImplementedError

    def describe(self) -> str:
        return f"{self.name} the {self.kind} says {self.speak()!r}"


class Dog(Animal):
    sound = "woof"

    @property
    def kind(self):
        return "dog"

    def speak(self):
        return self.sound * 2


class Bird(Animal):
    legs = 2

    @property
    def kind(self):
        return "bird"

    def speak(self):
        return "tweet"


class Penguin(Bird):
    def speak(self):
        base = super().speak()
        return base.upper() + "?"


zoo = [Dog("rex", age=3), Bird("tweety"), Penguin("pingu", age=1)]
for animal in sorted(zoo, key=lambda a: (a.legs, a.name)):
    print(animal.describe())
