# CRLF file
import sys


def main(argv):
    total = 0
    for arg in argv[1:]:
        total += int(arg)
    doc = """line one
line two"""
    return (total,
            doc)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
