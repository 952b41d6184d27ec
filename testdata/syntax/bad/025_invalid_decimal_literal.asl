x = 1
y = 123abc
