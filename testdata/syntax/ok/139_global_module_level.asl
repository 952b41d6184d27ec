global a
a = 1
global b, c


def reset():
    global a
    a = 0


class Holder:
    global b
    b = 2

    def method(self):
        value = 1

        def inner():
            nonlocal value
            global c
            value += 1
            c = value
            return value

        return inner()


def uses_both():
    x = 0

    def level1():
        nonlocal x

        def level2():
            nonlocal x
            x += 1
            return x

        return level2()

    return level1()
