# os.path functions that only look at strings
import os
import os.path

print(os.sep, os.name, os.path.sep, os.curdir, os.pardir)
for parts in [("a", "b", "c"), ("a/", "b"), ("/root", "x"), ("a", "/abs", "c"), ("", "x"), ("a", ""), ("a",)]:
    print(parts, "->", os.path.join(*parts))
for p in ["/usr/lib/python3.11/os.py", "file.tar.gz", ".bashrc", "dir/", "/", "", "a/b/.hidden", "no_ext", "x.y/z"]:
    print(repr(p), os.path.basename(p), os.path.dirname(p), os.path.split(p), os.path.splitext(p))
for p in ["a//b/./c/..", "/../x", "./", "", "a/../..", "//x", "///x/y/", "a/./b/"]:
    print(repr(p), "->", repr(os.path.normpath(p)))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.isabs(""))
print(os.path.splitext("archive.tar.gz")[1], os.path.splitext("..x")[1], os.path.splitext("a.")[1])
print(os.path.abspath("sub/dir") == os.path.join(os.getcwd(), "sub", "dir"))
print(os.path.abspath(".") == os.getcwd(), os.path.isabs(os.getcwd()))
print(os.path.join("a", "b") == "a" + os.sep + "b")

# change extensions of a batch of names
names = ["report.txt", "data.csv", "notes", "archive.tar.gz"]
print([os.path.splitext(n)[0] + ".bak" for n in names])
# group paths by directory
paths = ["src/a.py", "src/b.py", "docs/index.md", "README", "src/util/c.py"]
groups = {}
for p in paths:
    groups.setdefault(os.path.dirname(p) or ".", []).append(os.path.basename(p))
for d in sorted(groups):
    print(d, groups[d])
