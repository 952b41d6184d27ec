"""A small crawler, a shape hierarchy and a tiny interpreter in one module."""

from __future__ import annotations

import asyncio
import re
import math
from collections import deque, defaultdict
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, Optional
from urllib.parse import urljoin, urlparse

# ---------------------------------------------------------------------------
# Part 1: async crawler
# ---------------------------------------------------------------------------

LINK_RE = re.compile(r'href=["\'](?P<url>[^"\'#]+)["\']', re.IGNORECASE)
MAX_DEPTH: int = 3
USER_AGENT = "asl-crawler/0.1 (+https://example.invalid)"


@dataclass(order=True)
class Page:
    url: str
    depth: int = 0
    status: Optional[int] = None
    links: list[str] = field(default_factory=list)

    @property
    def host(self) -> str:
        return urlparse(self.url).netloc


class RateLimiter:
    def __init__(self, rate: float, burst: int = 1) -> None:
        self.rate = rate
        self.tokens = float(burst)
        self.burst = burst
        self._lock = asyncio.Lock()
        self._last = 0.0

    async def __aenter__(self) -> "RateLimiter":
        async with self._lock:
            loop = asyncio.get_running_loop()
            now = loop.time()
            self.tokens = min(self.burst, self.tokens + (now - self._last) * self.rate)
            self._last = now
            if self.tokens < 1:
                await asyncio.sleep((1 - self.tokens) / self.rate)
                self.tokens = 0
            else:
                self.tokens -= 1
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        return None


class Crawler:
    def __init__(self, root: str, *, workers: int = 4, fetch: Callable[..., Any] | None = None):
        self.root = root
        self.workers = workers
        self.fetch = fetch or self._default_fetch
        self.queue: asyncio.Queue[Page] = asyncio.Queue()
        self.seen: set[str] = {root}
        self.pages: dict[str, Page] = {}
        self.errors = defaultdict(list)
        self.limiter = RateLimiter(rate=5.0, burst=2)

    async def _default_fetch(self, url: str) -> tuple[int, str]:
        await asyncio.sleep(0.01)
        return 200, f'<a href="{url}/a">a</a> <a href="{url}/b">b</a>'

    def extract(self, base: str, html: str) -> Iterator[str]:
        for m in LINK_RE.finditer(html):
            link = urljoin(base, m["url"])
            if urlparse(link).netloc == urlparse(self.root).netloc:
                yield link

    async def worker(self, wid: int) -> None:
        while True:
            page = await self.queue.get()
            try:
                async with self.limiter:
                    status, body = await self.fetch(page.url)
                page.status = status
                if status == 200 and page.depth < MAX_DEPTH:
                    for link in self.extract(page.url, body):
                        if link not in self.seen:
                            self.seen.add(link)
                            page.links.append(link)
                            await self.queue.put(Page(link, page.depth + 1))
                self.pages[page.url] = page
            except (asyncio.TimeoutError, ConnectionError) as exc:
                self.errors[type(exc).__name__].append(page.url)
            except Exception as exc:  # pragma: no cover
                self.errors["other"].append(f"{page.url}: {exc!r}")
            finally:
                self.queue.task_done()

    async def run(self) -> dict[str, Page]:
        await self.queue.put(Page(self.root))
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(self.worker(i)) for i in range(self.workers)]
            await self.queue.join()
            for t in tasks:
                t.cancel()
        return self.pages


# ---------------------------------------------------------------------------
# Part 2: shapes
# ---------------------------------------------------------------------------


class Shape:
    registry: dict[str, type[Shape]] = {}

    def __init_subclass__(cls, /, kind: str = "", **kwargs):
        super().__init_subclass__(**kwargs)
        if kind:
            Shape.registry[kind] = cls

    def area(self) -> float:
        raise NotImplementedError

    def perimeter(self) -> float:
        raise NotImplementedError

    def __lt__(self, other: Shape) -> bool:
        return self.area() < other.area()

    def __repr__(self) -> str:
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"


class Circle(Shape, kind="circle"):
    def __init__(self, r: float) -> None:
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape, kind="rect"):
    def __init__(self, w: float, h: float) -> None:
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect, kind="square"):
    def __init__(self, side: float) -> None:
        super().__init__(side, side)


def make_shape(kind: str, *args: float) -> Shape:
    try:
        cls = Shape.registry[kind]
    except KeyError:
        raise ValueError(f"unknown shape {kind!r}") from None
    return cls(*args)


# ---------------------------------------------------------------------------
# Part 3: a tiny stack-based interpreter
# ---------------------------------------------------------------------------

TOKEN_RE = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")


class Interpreter:
    OPS: dict[str, Callable[[float, float], float]] = {
        "+": lambda a, b: a + b,
        "-": lambda a, b: a - b,
        "*": lambda a, b: a * b,
        "/": lambda a, b: a / b if b else math.inf,
        "^": lambda a, b: a ** b,
    }
    PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}

    def __init__(self, env: dict[str, float] | None = None):
        self.env = dict(env or {})
        self.trace: deque[str] = deque(maxlen=50)

    def tokenize(self, src: str) -> list[str]:
        out = []
        for number, op in TOKEN_RE.findall(src):
            if number:
                out.append(number)
            elif op.strip():
                out.append(op)
        return out

    def to_rpn(self, tokens: list[str]) -> list[str]:
        output, stack = [], []
        for tok in tokens:
            if tok[0].isdigit():
                output.append(tok)
            elif tok in self.OPS:
                while (stack and stack[-1] in self.OPS
                       and (self.PREC[stack[-1]] > self.PREC[tok]
                            or self.PREC[stack[-1]] == self.PREC[tok] and tok != "^")):
                    output.append(stack.pop())
                stack.append(tok)
            elif tok == "(":
                stack.append(tok)
            elif tok == ")":
                while stack and (top := stack.pop()) != "(":
                    output.append(top)
            else:
                raise SyntaxError(f"bad token {tok!r}")
        output.extend(reversed(stack))
        return output

    def evaluate(self, src: str) -> float:
        stack: list[float] = []
        for tok in self.to_rpn(self.tokenize(src)):
            if tok in self.OPS:
                b, a = stack.pop(), stack.pop()
                stack.append(self.OPS[tok](a, b))
            else:
                stack.append(float(tok))
            self.trace.append(f"{tok:>4} -> {stack!r}")
        (result,) = stack
        return result

    def repl(self, lines: Iterator[str]) -> Iterator[str]:
        for n, line in enumerate(lines, start=1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            if line in {"quit", "exit"}:
                break
            try:
                value = self.evaluate(line)
            except (SyntaxError, IndexError, ValueError) as err:
                yield f"{n}: error: {err}"
            else:
                self.env[f"_{n}"] = value
                yield f"{n}: {value:.6g}"
        else:
            yield "eof"


# ---------------------------------------------------------------------------
# Part 4: small utilities
# ---------------------------------------------------------------------------


def chunked(seq, size, /, *, fill=None):
    it = iter(seq)
    while chunk := [x for _, x in zip(range(size), it)]:
        if len(chunk) < size and fill is not None:
            chunk += [fill] * (size - len(chunk))
        yield tuple(chunk)


def retry(times: int = 3, *, exceptions=(Exception,)):
    def decorator(fn):
        async def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return await fn(*args, **kwargs)
                except exceptions as exc:
                    last = exc
                    await asyncio.sleep(0.01 * 2 ** attempt)
            raise RuntimeError(f"gave up after {times} attempts") from last
        return wrapper
    return decorator


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------


async def main(argv: list[str]) -> int:
    crawler = Crawler(argv[1] if len(argv) > 1 else "http://example.invalid", workers=2)
    pages = await crawler.run()
    for url, page in sorted(pages.items()):
        print(f"{page.depth:2d} {page.status or '---':>3} {url}")
    shapes = sorted([make_shape("circle", 1), make_shape("rect", 2, 3), make_shape("square", 2)])
    print(*shapes, sep="\n")
    interp = Interpreter()
    for out in interp.repl(iter(["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "1 / 0", "quit"])):
        print(out)
    return 0 if not crawler.errors else 1


if __name__ == "__main__":
    import sys
    raise SystemExit(asyncio.run(main(sys.argv)))
