class A:
    def m(self):
        for i in range(3):
            while i:
                if i > 1:
                    x = (i +)
