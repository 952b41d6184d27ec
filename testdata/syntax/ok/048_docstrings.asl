"""Module docstring.

Spans multiple lines.
"""

'''second string is just an expression'''


def documented(x):
    """Return x unchanged."""
    return x


def raw_doc():
    r"""Raw docstring with \n backslash."""


def bytes_not_doc():
    b"not a docstring"
    return 1


class Documented:
    '''Class docstring.'''

    attr = 1

    def method(self):
        """
        Indented docstring
            with more indentation
        """
        pass


def fdoc():
    f"""not really a docstring {1}"""


async def adoc():
    "single-quoted async docstring"
    await something()
