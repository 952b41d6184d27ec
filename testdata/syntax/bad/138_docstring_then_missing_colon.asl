def f():
    """
    Long docstring
    over lines.
    """
    if True
        pass
