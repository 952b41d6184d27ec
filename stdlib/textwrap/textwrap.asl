# asl's textwrap module: wrap, fill, shorten, dedent, indent.


def _chunks(text, break_on_hyphens):
    # Words and runs of spaces, alternating; a word also breaks after a
    # hyphen between letters ("well-known" -> "well-", "known").
    out = []
    word = ""
    space = ""
    for ch in text:
        if ch == " ":
            if word:
                out.append(word)
                word = ""
            space += ch
            continue
        if space:
            out.append(space)
            space = ""
        if break_on_hyphens and ch.isalpha() and word.endswith("-") and len(word) > 1 and word[-2].isalpha():
            out.append(word)
            word = ""
        word += ch
    if word:
        out.append(word)
    if space:
        out.append(space)
    return out


def wrap(text, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
         replace_whitespace=True, drop_whitespace=True, break_long_words=True,
         break_on_hyphens=True, tabsize=8, max_lines=None, placeholder=" [...]"):
    if width <= 0:
        raise ValueError("invalid width %r (must be > 0)" % (width,))
    if expand_tabs:
        text = text.expandtabs(tabsize)
    if replace_whitespace:
        text = "".join(" " if c in "\t\n\x0b\x0c\r" else c for c in text)
    chunks = _chunks(text, break_on_hyphens)
    chunks.reverse()
    lines = []
    while chunks:
        line = []
        length = 0
        indent = subsequent_indent if lines else initial_indent
        left = width - len(indent)
        if drop_whitespace and chunks[-1].strip() == "" and lines:
            del chunks[-1]
        while chunks:
            n = len(chunks[-1])
            if length + n <= left:
                line.append(chunks.pop())
                length += n
            else:
                break
        if chunks and len(chunks[-1]) > left:
            if break_long_words:
                room = max(left - length, 1)
                line.append(chunks[-1][:room])
                chunks[-1] = chunks[-1][room:]
            elif not line:
                line.append(chunks.pop())
        if drop_whitespace and line and line[-1].strip() == "":
            del line[-1]
        if line:
            lines.append(indent + "".join(line))
    return lines


def fill(text, width=70, **kwargs):
    return "\n".join(wrap(text, width, **kwargs))


def shorten(text, width, placeholder=" [...]"):
    words = text.split()
    if len(" ".join(words)) <= width:
        return " ".join(words)
    kept = []
    for w in words:
        if len(" ".join(kept + [w])) + len(placeholder) > width:
            break
        kept.append(w)
    if not kept:
        if len(placeholder.lstrip()) > width:
            raise ValueError("placeholder too large for max width")
        return placeholder.lstrip()
    return " ".join(kept) + placeholder


def dedent(text):
    lines = text.split("\n")
    lines = ["" if line.strip(" \t") == "" else line for line in lines]
    margin = None
    for line in lines:
        if not line:
            continue
        indent = line[:len(line) - len(line.lstrip(" \t"))]
        if margin is None:
            margin = indent
        else:
            i = 0
            while i < len(margin) and i < len(indent) and margin[i] == indent[i]:
                i += 1
            margin = margin[:i]
    if margin:
        lines = [line[len(margin):] if line else line for line in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    out = []
    for line in text.splitlines(True):
        if (predicate(line) if predicate is not None else line.strip()):
            out.append(prefix + line)
        else:
            out.append(line)
    return "".join(out)
