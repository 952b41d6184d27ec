x = 1
True = 0
