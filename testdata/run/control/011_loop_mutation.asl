nums = [1, 2, 3, 4, 5, 6]
for n in nums[:]:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
l = [1, 2, 3]
for x in l:
    if len(l) < 6:
        l.append(x * 10)
print(l)
d = {"a": 1, "b": 2, "c": 3}
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
queue = [1]
for item in queue:
    if item < 20:
        queue.append(item * 3)
print(queue)
