if True:
    pass
else:
x = 1
