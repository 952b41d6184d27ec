# a config and report formatter built on textwrap and string
import string
import textwrap

CONFIG = """
    [server]
    host = example.org
    port = 8080
    motd = Welcome to the example server. Please be kind to each other and report problems to the admins.

    [client]
    retries = 3
    name = demo client
"""


def parse(text):
    sections = {}
    current = None
    for line in textwrap.dedent(text).splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections[current] = {}
        else:
            key, _, value = line.partition("=")
            sections[current][key.strip()] = value.strip()
    return sections


conf = parse(CONFIG)
width = 44
for name, values in conf.items():
    title = string.capwords(name + " settings")
    print(title.center(width, "="))
    for key, value in values.items():
        label = "%-8s: " % key
        body = textwrap.fill(value, width, initial_indent=label, subsequent_indent=" " * len(label))
        print(body)
print("=" * width)

row = string.Template("| ${name} | ${qty} | ${price} |")
stock = [("apples", 12, 0.5), ("a very long product name that wraps", 3, 12.25), ("pears", 0, 0.75)]
for name, qty, price in stock:
    short = textwrap.shorten(name, 20, placeholder="...")
    print(row.substitute(name=short.ljust(20), qty=str(qty).rjust(3), price="%7.2f" % price))

note = "Totals are computed nightly. Items with zero quantity are hidden in the public view."
print(textwrap.indent(textwrap.fill(note, 36), "  > "))
summary = string.Template("$count items, $$${total} in stock").substitute(
    count=len(stock), total="%.2f" % sum(q * p for _, q, p in stock))
print(summary)
