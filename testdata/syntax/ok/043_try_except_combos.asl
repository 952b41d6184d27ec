def load(path):
    try:
        f = open(path)
    except FileNotFoundError:
        return None
    except PermissionError as err:
        raise RuntimeError(path) from err
    except (IsADirectoryError, NotADirectoryError) as err:
        log(err)
        return None
    except OSError:
        raise
    except Exception as e:
        print(type(e))
        raise
    except:
        raise
    else:
        try:
            return f.read()
        finally:
            f.close()
    finally:
        print("attempted", path)


def nested():
    try:
        try:
            a()
        except A:
            b()
        finally:
            c()
    except B as b_err:
        try:
            d()
        except C:
            pass
        else:
            e()
    else:
        pass


try: x = 1
except E: x = 2
else: x = 3
finally: x = 4

try:
    pass
except mod.Error as e:
    pass
except get_error_class() as e:
    pass
except errors[0]:
    pass
