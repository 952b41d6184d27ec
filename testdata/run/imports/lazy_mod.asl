"""Module-level __getattr__ and __dir__ (PEP 562)."""
eager = 1


def __getattr__(name):
    if name.startswith("lazy_"):
        return name.upper()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
