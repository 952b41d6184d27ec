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
for s in [95, 90, 85, 72, 60, 59, 0, 100]:
    print(s, grade(s))
x = 0
if x:
    print("truthy")
if not x:
    print("falsy")
if x == 0 and grade(50) == "F" or False:
    print("compound")
if []:
    pass
elif {}:
    pass
else:
    print("all empty")
