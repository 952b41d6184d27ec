x = 1
# a comment
print("Ã©")
s = "ÿþ"
print(x)
