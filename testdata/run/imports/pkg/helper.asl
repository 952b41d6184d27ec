print("loading pkg.helper")
ONE = 1


def twice(x):
    return 2 * x
