def f():
    '''docstring
    never ends
    return 1
