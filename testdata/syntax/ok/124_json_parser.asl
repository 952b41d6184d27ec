class ParseError(ValueError):
    pass


class JSONParser:
    WS = " \t\r\n"
    ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}

    def __init__(self, text: str) -> None:
        self.text, self.pos = text, 0

    def peek(self) -> str:
        while self.pos < len(self.text) and self.text[self.pos] in self.WS:
            self.pos += 1
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def expect(self, ch: str) -> None:
        if self.peek() != ch:
            raise ParseError(f"expected {ch!r} at {self.pos}")
        self.pos += 1

    def value(self):
        ch = self.peek()
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        return self.number()

    def obj(self) -> dict:
        self.expect("{")
        out = {}
        if self.peek() == "}":
            self.pos += 1
            return out
        while True:
            key = self.string()
            self.expect(":")
            out[key] = self.value()
            if self.peek() == ",":
                self.pos += 1
                continue
            self.expect("}")
            return out

    def arr(self) -> list:
        self.expect("[")
        items = []
        while self.peek() != "]":
            items.append(self.value())
            if self.peek() == ",":
                self.pos += 1
        self.pos += 1
        return items

    def string(self) -> str:
        self.expect('"')
        buf = []
        while (ch := self.text[self.pos]) != '"':
            if ch == "\\":
                self.pos += 1
                esc = self.text[self.pos]
                buf.append(self.ESCAPES.get(esc) or chr(int(self.text[self.pos + 1:self.pos + 5], 16)))
                self.pos += 4 if esc == "u" else 0
            else:
                buf.append(ch)
            self.pos += 1
        self.pos += 1
        return "".join(buf)

    def number(self):
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] in "+-0123456789.eE":
            self.pos += 1
        s = self.text[start:self.pos]
        return float(s) if any(c in s for c in ".eE") else int(s)
