db = {
    "users": {
        "ann": {"age": 31, "tags": ["admin", "dev"]},
        "bob": {"age": 25, "tags": []},
    },
    "count": 2,
}
print(db["users"]["ann"]["tags"][1])
db["users"]["cy"] = {"age": 40, "tags": ["ops"]}
db["count"] += 1
print(db)
for name, info in db["users"].items():
    print(name, info["age"], ",".join(info["tags"]) or "-")
ages = {n: u["age"] for n, u in db["users"].items() if u["age"] > 26}
print(ages)
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
