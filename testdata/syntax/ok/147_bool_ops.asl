a = x and y
b = x or y
c = x and y and z
d = x or y or z
e = x and y or z
f = x or y and z
g = (x or y) and z
h = x and (y or z)
i = not x and not y
j = not (x and y)
k = x or not y
l = w and x and y or z and v
m = w or x or y and z or v
n = (x and y) and (z and w)
o = x and (y and z)
p = (x or y) or z
if x and y or not z:
    pass
while not done and (retries > 0 or force):
    retries -= 1
result = value or default or fallback() or None
