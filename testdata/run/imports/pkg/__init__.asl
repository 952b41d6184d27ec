print("loading pkg", __name__, __package__)
VERSION = "1.0"
