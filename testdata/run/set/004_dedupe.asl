words = "to be or not to be that is the question".split()
seen = set()
unique = []
for w in words:
    if w not in seen:
        seen.add(w)
        unique.append(w)
print(unique, len(seen), len(words))
print(sorted(set(words)), sorted(set(words), key=lambda w: (len(w), w)))
print(list(dict.fromkeys(words)))
nums = [5, 3, 5, 1, 3, 7, 1]
print(sorted(set(nums)), len(set(nums)), sum(set(nums)))
vowels = set("aeiou")
print(sorted(set("the question") & vowels), sorted(set("rhythm") & vowels))
