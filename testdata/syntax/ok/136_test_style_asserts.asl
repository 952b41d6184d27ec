import pytest


def add(a, b):
    return a + b


def test_add():
    assert add(1, 2) == 3
    assert add(-1, 1) == 0, "inverse"
    assert add("a", "b") == "ab"
    assert not add(0, 0)
    assert add(0.1, 0.2) == pytest.approx(0.3)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (1, 1, 2),
        (2, 3, 5),
        pytest.param(1, "x", None, marks=pytest.mark.xfail(raises=TypeError)),
    ],
)
def test_parametrized(a, b, expected):
    assert add(a, b) == expected


def test_raises():
    with pytest.raises(ZeroDivisionError, match=r"division by zero"):
        1 / 0
    with pytest.raises(KeyError) as excinfo:
        {}["missing"]
    assert excinfo.value.args == ("missing",)


class TestGroup:
    @pytest.fixture(autouse=True)
    def setup(self, tmp_path):
        self.path = tmp_path / "f.txt"
        yield
        self.path.unlink(missing_ok=True)

    def test_write(self):
        self.path.write_text("x")
        assert self.path.read_text() == "x"
