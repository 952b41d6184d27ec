x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(outer())
def reads_global():
    return x
print(reads_global())
def local_shadows():
    x = "local"
    return x
print(local_shadows(), x)
def assign_later():
    try:
        y = x
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"
    x = 2
    return y
print(assign_later())
def comp_scope():
    n = 5
    return [n * i for i in range(3)]
print(comp_scope())
def uses_builtin():
    return len("abc")
def shadows_builtin():
    len = lambda s: "shadowed"
    return len("abc")
print(uses_builtin(), shadows_builtin(), len("ab"))
