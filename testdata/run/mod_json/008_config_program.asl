# A program keeping its settings in a JSON file: create, load, update,
# save, validate.
import json
import os

D = "_tmp_json_008"
os.mkdir(D)
path = os.path.join(D, "config.json")

DEFAULTS = {"theme": "light", "font_size": 12, "recent": [], "plugins": {"spell": True}}


def load_config():
    if not os.path.exists(path):
        return dict(DEFAULTS)
    with open(path) as f:
        cfg = json.load(f)
    for key, value in DEFAULTS.items():
        cfg.setdefault(key, value)
    return cfg


def save_config(cfg):
    with open(path, "w") as f:
        json.dump(cfg, f, indent=2, sort_keys=True)
        f.write("\n")


cfg = load_config()
print(cfg)
cfg["theme"] = "dark"
cfg["recent"] = ["a.txt", "b.txt"]
save_config(cfg)
with open(path) as f:
    print(f.read(), end="")

cfg2 = load_config()
print(cfg2 == cfg)
cfg2["recent"].insert(0, "c.txt")
cfg2["recent"] = cfg2["recent"][:2]
cfg2["plugins"]["lint"] = False
save_config(cfg2)
print(load_config()["recent"], sorted(load_config()["plugins"].items()))

with open(path, "w") as f:
    f.write('{"theme": "dark", "font_size": 14,}')
try:
    load_config()
except json.JSONDecodeError as e:
    print("config broken:", e.msg, "at line", e.lineno, "column", e.colno)

with open(path, "w") as f:
    json.dump({"font_size": 20}, f)
cfg3 = load_config()
print(sorted(cfg3.items()))

os.remove(path)
os.rmdir(D)
print(os.path.exists(path))
