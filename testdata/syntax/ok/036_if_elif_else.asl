def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    else:
        return "F"


def sign(x):
    if x > 0: return 1
    elif x < 0: return -1
    else: return 0


if True:
    pass

if a:
    if b:
        pass
    else:
        pass
elif c:
    pass

if x:
    pass
else:
    if y:
        pass
    elif z:
        pass
