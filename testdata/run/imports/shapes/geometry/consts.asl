PI = 3.14159
print("consts loaded, package", __package__)
