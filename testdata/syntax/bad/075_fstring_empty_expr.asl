x = 1
s = f"value: {}"
