import html
import re

TOKEN = re.compile(r"\{\{\s*(?P<expr>[^}]+?)\s*\}\}|\{%\s*(?P<tag>\w+)\s*(?P<arg>[^%]*?)\s*%\}")


class Template:
    def __init__(self, source: str, *, autoescape: bool = True) -> None:
        self.source = source
        self.autoescape = autoescape

    def _lookup(self, ctx: dict, dotted: str):
        value = ctx
        for part in dotted.split("."):
            value = value[part] if isinstance(value, dict) else getattr(value, part)
        return value

    def render(self, **ctx) -> str:
        out, pos, skip = [], 0, False
        for m in TOKEN.finditer(self.source):
            if not skip:
                out.append(self.source[pos:m.start()])
            pos = m.end()
            if expr := m["expr"]:
                if skip:
                    continue
                name, _, filt = expr.partition("|")
                val = str(self._lookup(ctx, name.strip()))
                if filt.strip() == "upper":
                    val = val.upper()
                out.append(html.escape(val) if self.autoescape else val)
            elif m["tag"] == "if":
                skip = not self._lookup(ctx, m["arg"])
            elif m["tag"] == "endif":
                skip = False
        out.append(self.source[pos:])
        return "".join(out)


t = Template("Hi {{ user.name|upper }}!{% if admin %} (admin){% endif %} <{{ tag }}>")
print(t.render(user={"name": "ada"}, admin=True, tag="<b>"))
