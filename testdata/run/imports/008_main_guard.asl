# __name__ is '__main__' only for the script; a module sees its own name.
import main_guard
print(__name__, main_guard.__name__, main_guard.run())
import main_guard
print(main_guard is __import__("main_guard") if False else "once")
