import sys
def run():
    print("running")
    return None
result = run()
print("result", result)
print(type(result).__name__)
print("exit with None means success")
sys.exit(result)
print("unreachable")
