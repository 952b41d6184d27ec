# A config loader: json, os.path, copy, dataclasses and string.Template.
import copy
import json
import os
from dataclasses import dataclass, field, replace
from string import Template

DEFAULTS = {
    "server": {"host": "127.0.0.1", "port": 8080, "workers": 2},
    "paths": {"root": "/srv/$app", "logs": "$root/logs"},
    "features": ["auth"],
}


def merge(base, extra):
    out = copy.deepcopy(base)
    for k, v in extra.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = merge(out[k], v)
        else:
            out[k] = v
    return out


user = json.loads('{"server": {"port": 9000}, "features": ["auth", "cache"], "app": "shop"}')
cfg = merge(DEFAULTS, user)
print(json.dumps(cfg, sort_keys=True))
print(DEFAULTS["server"]["port"], DEFAULTS["features"])
root = Template(cfg["paths"]["root"]).substitute(app=cfg["app"])
logs = Template(cfg["paths"]["logs"]).safe_substitute(root=root)
print(root, logs, os.path.join(logs, "app.log"), os.path.basename(logs))
print(os.path.splitext("report.final.json"), os.path.dirname("/a/b/c.txt"))


@dataclass(frozen=True)
class Server:
    host: str
    port: int
    workers: int = 1
    tags: tuple = field(default=())


s = Server(**cfg["server"])
print(s, s == Server("127.0.0.1", 9000, 2))
t = replace(s, port=9001, tags=("blue",))
print(t, s.port)
try:
    s.port = 1
except Exception as e:
    print(type(e).__name__, e)
try:
    Template("$missing").substitute({})
except KeyError as e:
    print("KeyError", e)
