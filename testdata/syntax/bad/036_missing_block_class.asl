class Point:
def __init__(self):
    pass
