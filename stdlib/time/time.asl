# asl's time module: struct_time and the calendar functions over _time.
import _time
from _time import time, time_ns, monotonic, monotonic_ns, perf_counter, perf_counter_ns
from _time import process_time, process_time_ns, sleep

timezone, altzone, daylight, tzname = _time.zoneinfo()

_STRUCT_TM_ITEMS = 11
_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
           "tm_wday", "tm_yday", "tm_isdst")
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _readonly(self, value):
    raise AttributeError("readonly attribute")


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime()."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        if not isinstance(seq, (tuple, list)):
            try:
                seq = tuple(seq)
            except TypeError:
                raise TypeError("constructor requires a sequence") from None
        n = len(seq)
        if n < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)" % n)
        if n > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence (%d-sequence given)" % n)
        self = tuple.__new__(cls, seq[:9])
        extra = list(seq[9:])
        while len(extra) < 2:
            extra.append(None)
        object.__setattr__(self, "_extra", tuple(extra))
        return self

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    def __repr__(self):
        parts = []
        for i in range(9):
            parts.append("%s=%r" % (_FIELDS[i], self[i]))
        return "time.struct_time(" + ", ".join(parts) + ")"

    def __str__(self):
        return self.__repr__()

    def __reduce__(self):
        return (struct_time, (tuple(self) + self._extra,))

    tm_year = property(lambda self: self[0], _readonly)
    tm_mon = property(lambda self: self[1], _readonly)
    tm_mday = property(lambda self: self[2], _readonly)
    tm_hour = property(lambda self: self[3], _readonly)
    tm_min = property(lambda self: self[4], _readonly)
    tm_sec = property(lambda self: self[5], _readonly)
    tm_wday = property(lambda self: self[6], _readonly)
    tm_yday = property(lambda self: self[7], _readonly)
    tm_isdst = property(lambda self: self[8], _readonly)
    tm_zone = property(lambda self: self._extra[0], _readonly)
    tm_gmtoff = property(lambda self: self._extra[1], _readonly)


def gmtime(secs=None):
    """Convert seconds since the Epoch to a time tuple expressing UTC."""
    return struct_time(_time.breakdown(secs, False))


def localtime(secs=None):
    """Convert seconds since the Epoch to a time tuple expressing local time."""
    return struct_time(_time.breakdown(secs, True))


def _tmarg(t, fname):
    # the nine fields of a tuple or struct_time, as CPython's gettmarg
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError("%s(): illegal time tuple argument" % fname)
    out = []
    for x in t[:9]:
        if isinstance(x, float):
            raise TypeError("'float' object cannot be interpreted as an integer")
        if not isinstance(x, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__)
        out.append(int(x))
    return out


def _checktm(f):
    # CPython's checktm: range checks, with 0 allowed for month and day
    if f[1] == 0:
        f[1] = 1
    elif f[1] < 0 or f[1] > 12:
        raise ValueError("month out of range")
    if f[2] == 0:
        f[2] = 1
    elif f[2] < 0 or f[2] > 31:
        raise ValueError("day of month out of range")
    if f[3] < 0 or f[3] > 23:
        raise ValueError("hour out of range")
    if f[4] < 0 or f[4] > 59:
        raise ValueError("minute out of range")
    if f[5] < 0 or f[5] > 61:
        raise ValueError("seconds out of range")
    if f[6] < -1:
        raise ValueError("day of week out of range")
    f[6] = (f[6] + 1) % 7 - 1
    if f[6] < 0:
        f[6] = 6
    if f[7] == 0:
        f[7] = 1
    elif f[7] < 0 or f[7] > 366:
        raise ValueError("day of year out of range")
    if f[8] < -1:
        f[8] = -1
    elif f[8] > 1:
        f[8] = 1
    return f


def strftime(format, t=None):
    """Convert a time tuple to a string according to a format specification."""
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s"
                        % ("None" if format is None else type(format).__name__))
    if t is None:
        t = localtime()
    f = _checktm(_tmarg(t, "strftime"))
    zone = None
    gmtoff = 0
    if isinstance(t, struct_time):
        zone = t.tm_zone
        if t.tm_gmtoff is not None:
            gmtoff = t.tm_gmtoff
    if zone is None:
        zone = tzname[1 if f[8] > 0 else 0] if f[8] >= 0 else ""
    return _time.strftime(format, f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], zone, gmtoff)


def asctime(t=None):
    """Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."""
    if t is None:
        t = localtime()
    f = _checktm(_tmarg(t, "asctime"))
    return "%s %s%3d %.2d:%.2d:%.2d %d" % (_DAYS[f[6]], _MONTHS[f[1] - 1], f[2], f[3], f[4], f[5], f[0])


def ctime(secs=None):
    """Convert a time in seconds since the Epoch to a string in local time."""
    return asctime(localtime(secs))


def mktime(t):
    """Convert a time tuple in local time to seconds since the Epoch."""
    f = _tmarg(t, "mktime")
    return float(_time.mktime(f[0], f[1], f[2], f[3], f[4], f[5]))


def strptime(string, format="%a %b %d %H:%M:%S %Y"):
    """Parse a string to a time tuple according to a format specification."""
    import _strptime
    return struct_time(_strptime._strptime(string, format)[0][:9])
