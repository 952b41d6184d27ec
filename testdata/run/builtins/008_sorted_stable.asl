people = [("ann", 30), ("bob", 25), ("cy", 30), ("di", 25), ("ed", 40), ("flo", 30)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
by_name_then_age = sorted(sorted(people, key=lambda p: p[0]), key=lambda p: p[1])
print(by_name_then_age)
print(sorted([3, 1, 2], reverse=True), sorted("Banana"), sorted("Banana", key=str.lower))
print(sorted([-3, 2, -1, 0], key=abs), sorted([-3, 3, -1, 1], key=abs), sorted([1, -1], key=abs, reverse=True))
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
nums = [5, 3, 8]
s = sorted(nums)
print(nums, s, s is nums)
print(sorted([[3, "c"], [1, "a"], [3, "a"]]), sorted([0.5, 1, -2, 1.0]))
try:
    sorted([3, 1], key=lambda x: None)
except TypeError as e:
    print("TypeError", e)
