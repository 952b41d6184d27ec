# build a small project tree, walk it by hand, summarize it, clean it up
import os

root = "tmp_os_tree"
layout = {
    "src/main.py": "print('hi')\n",
    "src/util/helpers.py": "def f():\n    return 1\n",
    "src/util/__init__.py": "",
    "docs/index.md": "# Title\n\nSome text.\n",
    "README.md": "readme\n",
}
for rel, text in layout.items():
    path = os.path.join(root, *rel.split("/"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def walk(top):
    dirs, files = [], []
    for name in sorted(os.listdir(top)):
        (dirs if os.path.isdir(os.path.join(top, name)) else files).append(name)
    yield top, dirs, files
    for d in dirs:
        yield from walk(os.path.join(top, d))


total = 0
by_ext = {}
for top, dirs, files in walk(root):
    depth = top.count(os.sep)
    print("  " * depth + os.path.basename(top) + "/", dirs, files)
    for name in files:
        size = os.path.getsize(os.path.join(top, name))
        total += size
        ext = os.path.splitext(name)[1] or "(none)"
        by_ext[ext] = by_ext.get(ext, 0) + size
print("total bytes", total)
print(sorted(by_ext.items()))


def rmtree(top):
    for name in os.listdir(top):
        path = os.path.join(top, name)
        if os.path.isdir(path):
            rmtree(path)
        else:
            os.remove(path)
    os.rmdir(top)


rmtree(root)
print(os.path.exists(root))
