items = ['a']
s = f"{'\n'.join(items)}"
