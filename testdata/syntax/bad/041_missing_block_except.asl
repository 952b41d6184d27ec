try:
    x = 1
except ValueError:
y = 2
