import contextlib
import os
import tempfile
from contextlib import contextmanager, suppress, ExitStack, redirect_stdout
from io import StringIO


@contextmanager
def cd(path):
    old = os.getcwd()
    os.chdir(path)
    try:
        yield path
    finally:
        os.chdir(old)


def run():
    with suppress(FileNotFoundError), StringIO() as buf, redirect_stdout(buf):
        os.remove("does-not-exist")
        print("captured")
    with ExitStack() as stack:
        files = [stack.enter_context(open(name)) for name in ("a", "b")]
        stack.callback(print, "closing", len(files))
    with (
        tempfile.TemporaryDirectory() as tmp,
        cd(tmp) as here,
        contextlib.nullcontext(here) as same,
    ):
        assert here == same == tmp
    with cd("/"): pass
