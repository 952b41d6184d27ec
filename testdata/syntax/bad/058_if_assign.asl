x = 0
if x = 1:
    pass
