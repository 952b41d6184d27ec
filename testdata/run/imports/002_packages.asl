# Packages: folders of .asl files, __init__, submodules, relative imports.
import pkg.sub
print(pkg.VERSION, pkg.sub.g(5), pkg.sub.__name__, pkg.sub.__package__)
from pkg import sub
print(sub is pkg.sub)
from pkg.sub import g
print(g(1))
import pkg.sub as ps
print(ps is sub)
from pkg import helper
print(helper.ONE, pkg.helper is helper)
import pkg.inner
print(pkg.inner.ONE_FROM_PARENT)
try:
    import pkg.inner.leaf
except ImportError as e:
    print("ImportError", e)
