# JSON: dumps and loads of a document of about 5 MB, with and without indent.
import json


def make_doc(n):
    users = []
    for i in range(n):
        users.append({
            "id": i,
            "name": "user%d" % i,
            "email": "user%d@example.com" % i,
            "active": i % 3 != 0,
            "score": i * 1.25,
            "tags": ["t%d" % (i % 7), "g%d" % (i % 11), "héllo"],
            "address": {"city": "City %d" % (i % 100), "zip": "%05d" % i, "geo": [i / 7, -i / 3]},
            "friends": list(range(i % 5)),
            "note": None,
        })
    return {"users": users, "count": n, "ok": True}


doc = make_doc(20000)
total = 0
for _ in range(3):
    text = json.dumps(doc)
    back = json.loads(text)
    pretty = json.dumps(back, indent=2, sort_keys=True)
    total += len(text) + len(pretty) + len(json.loads(pretty)["users"])
print("json_roundtrip", total, back == doc)
