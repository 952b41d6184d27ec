def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup-specific {type(e).__name__}"
    except LookupError as e:
        return f"lookup-general {type(e).__name__}"
    except ArithmeticError:
        return "arith"
    except Exception as e:
        return f"generic {type(e).__name__}"
for ex in [KeyError("k"), IndexError(), LookupError(), ZeroDivisionError(), OverflowError(), ValueError(), RuntimeError]:
    print(classify(ex))
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == "")
caught = (TypeError, ValueError)
try:
    int("q")
except caught as e:
    print("dynamic tuple", type(e).__name__)
