mask = 0b1
bad = 0b2
