def outer():
    def inner():
        if True:
            for i in range(3):
                print(i)
    return inner

class C:
    def m(self):
        while True:
            break