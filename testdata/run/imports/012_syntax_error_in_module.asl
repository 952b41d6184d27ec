# A syntax error in an imported module is a SyntaxError the importer can catch.
try:
    import bad_syntax
except SyntaxError as e:
    print(type(e).__name__, e.lineno, e.filename.endswith("bad_syntax.asl"))
import sys
print("bad_syntax" in sys.modules)
try:
    import bad_syntax
except SyntaxError as e:
    print("again", type(e).__name__)
