# Missing modules and names.
try:
    import no_such_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import pkg.no_such
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import mod_basic.deeper
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from pkg import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    import broken_mod
except ValueError as e:
    print("ValueError", e)
try:
    import broken_mod
except ValueError as e:
    print("again", e)
try:
    from . import x
except ImportError as e:
    print(e)
