def risky(kind):
    if kind == "zero":
        return 1 / 0
    if kind == "index":
        return [][0]
    if kind == "key":
        return {}["k"]
    if kind == "type":
        return 1 + "a"
    if kind == "value":
        return int("abc")
    if kind == "name":
        return undefined_name
    if kind == "attr":
        return (1).nope
    return "ok"
for k in ["zero", "index", "key", "type", "value", "name", "attr", "none"]:
    try:
        r = risky(k)
    except ZeroDivisionError as e:
        print(k, "-> ZeroDivisionError:", e)
    except (IndexError, KeyError) as e:
        print(k, "-> lookup:", type(e).__name__, e)
    except Exception as e:
        print(k, "-> other:", type(e).__name__, e)
    else:
        print(k, "-> no error:", r)
    finally:
        print("  finally for", k)
