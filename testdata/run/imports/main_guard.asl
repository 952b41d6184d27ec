def run():
    return "main_guard.run"


if __name__ == "__main__":
    print("main_guard run as a script")
else:
    print("main_guard imported as", __name__)
