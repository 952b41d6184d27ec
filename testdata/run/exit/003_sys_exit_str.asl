import sys
def check(config):
    missing = [k for k in ("host", "port") if k not in config]
    if missing:
        return "error: missing " + ", ".join(missing)
    return None
print("checking config")
problem = check({"host": "x"})
print("problem found:", problem is not None)
if problem:
    sys.exit(problem)
print("unreachable")
