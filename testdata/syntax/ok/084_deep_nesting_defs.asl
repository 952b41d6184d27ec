def a():
    def b():
        def c():
            def d():
                def e():
                    def f():
                        def g():
                            def h():
                                def i():
                                    def j():
                                        def k():
                                            def l():
                                                return lambda: lambda: lambda: 1
                                            return l
                                        return k
                                    return j
                                return i
                            return h
                        return g
                    return f
                return e
            return d
        return c
    return b
class A:
    class B:
        class C:
            class D:
                class E:
                    class F:
                        class G:
                            class H:
                                class I:
                                    class J:
                                        class K:
                                            x = 1
result = a()()()()()()()()()()()()()()()
