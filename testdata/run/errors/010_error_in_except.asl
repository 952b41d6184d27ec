data = {"a": 1}
def lookup(k):
    try:
        return data[k]
    except KeyError:
        return None
print(lookup("a"), lookup("b"))
try:
    print(data["b"])
except KeyError:
    print("handling KeyError, then failing")
    print(data["a"] / 0)
