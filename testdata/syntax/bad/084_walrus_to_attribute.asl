class C: pass
obj = C()
if (obj.x := 1):
    pass
