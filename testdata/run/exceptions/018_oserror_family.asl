def fail(kind):
    if kind == "file":
        raise FileNotFoundError("no such file: data.txt")
    if kind == "conn":
        raise ConnectionError("connection refused")
    if kind == "reset":
        raise ConnectionResetError("peer reset")
    if kind == "timeout":
        raise TimeoutError("took too long")
    if kind == "import":
        raise ModuleNotFoundError("No module named 'nothing'")
    raise OSError("generic os error")
for kind in ["file", "conn", "reset", "timeout", "import", "other"]:
    try:
        fail(kind)
    except ConnectionError as e:
        print(kind, "-> ConnectionError branch:", type(e).__name__, e)
    except OSError as e:
        print(kind, "-> OSError branch:", type(e).__name__, e)
    except ImportError as e:
        print(kind, "-> ImportError branch:", type(e).__name__, e)
print(issubclass(ConnectionResetError, ConnectionError), issubclass(TimeoutError, OSError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(FileNotFoundError, OSError))
try:
    raise KeyboardInterrupt("ctrl-c")
except Exception:
    print("not here")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt caught:", repr(e))
try:
    raise GeneratorExit
except BaseException as e:
    print("GeneratorExit caught:", type(e).__name__, isinstance(e, Exception))
