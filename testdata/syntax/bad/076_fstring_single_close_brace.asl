x = 1
s = f"a } b"
