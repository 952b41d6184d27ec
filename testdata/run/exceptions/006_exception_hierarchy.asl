names = [ZeroDivisionError, OverflowError, IndexError, KeyError, ValueError, TypeError,
         AttributeError, NameError, UnboundLocalError, RecursionError, NotImplementedError,
         StopIteration, AssertionError, ModuleNotFoundError, FileNotFoundError, ConnectionError,
         TimeoutError, KeyboardInterrupt, SystemExit, GeneratorExit, UnicodeDecodeError, ImportError,
         RuntimeError, LookupError, ArithmeticError, OSError, Exception, StopAsyncIteration]
for cls in names:
    chain = []
    c = cls
    while c is not object:
        chain.append(c.__name__)
        c = c.__base__
    print(" -> ".join(chain))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, Exception))
print(TimeoutError is TimeoutError, issubclass(FileNotFoundError, OSError))
