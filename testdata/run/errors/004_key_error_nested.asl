config = {"db": {"host": "localhost", "port": 5432}}
def get(path):
    node = config
    for part in path.split("."):
        print("lookup", part)
        node = node[part]
    return node
print(get("db.host"))
print(get("db.port"))
print(get("db.user"))
