import sys
def main():
    results = []
    for n in range(5):
        results.append(n * n)
    print("doing work", results)
    return 3 if sum(results) > 20 else 0
status = main()
print("status", status)
sys.exit(status)
