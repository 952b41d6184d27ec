nums = [1, 2, 3]
print(*nums)
print(*nums, sep=",")
print(*"abc", sep="|")
print(*range(5), *[10, 20], sep=" ")
print(*[])
print(*{"k": 1, "j": 2})
print("start", *nums, "end")
print(*[[1, 2], (3,)], sep=" & ")
rows = [["a", 1], ["b", 2]]
for r in rows:
    print(*r, sep="\t")
print(*(x * x for x in range(4)))
