def outer():
    def inner():
        return max(1,
                   2
    return inner
