x = 1
class = 3
