# asl's datetime module, as CPython 3.11's: date, time, datetime,
# timedelta, tzinfo and timezone, over the clock and local zone of _time.
import _time
import time as _timemod

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059
_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
_DAYNAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHNAMES = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_US_PER_DAY = 86400000000
_BUILTIN_TYPES = (int, float, str, bytes, bool, list, tuple, dict, set, frozenset, type(None))
_TYPE_NAMES = {}


def _tname(x):
    # the type name CPython shows: datetime.X for the module's own types
    t = type(x)
    if t in _TYPE_NAMES:
        return _TYPE_NAMES[t]
    return t.__name__


def _binop_error(op, a, b):
    return TypeError("unsupported operand type(s) for %s: '%s' and '%s'" % (op, _tname(a), _tname(b)))


def _known(x):
    return isinstance(x, _BUILTIN_TYPES) or type(x) in _TYPE_NAMES


def _seq_error(a, b):
    # what CPython says for a sequence times a non-int
    if isinstance(a, (str, bytes, list, tuple)):
        return TypeError("can't multiply sequence by non-int of type '%s'" % _tname(b))
    if isinstance(b, (str, bytes, list, tuple)):
        return TypeError("can't multiply sequence by non-int of type '%s'" % _tname(a))
    return _binop_error("*", a, b)


def _cmp_error(op, a, b):
    if isinstance(b, _BUILTIN_TYPES):
        raise TypeError("'%s' not supported between instances of '%s' and '%s'" % (op, _tname(a), _tname(b)))
    return NotImplemented


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _ymd2ord(year, month, day):
    y = year - 1
    n = y * 365 + y // 4 - y // 100 + y // 400 + _DAYS_BEFORE_MONTH[month] + day
    if month > 2 and _is_leap(year):
        n += 1
    return n


def _ord2ymd(n):
    # cycles of 400, 100, 4 and 1 years from 0001-01-01
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[month] + (1 if month > 2 and leap else 0)
    if before > n:
        month -= 1
        before -= _DAYS_IN_MONTH[month] + (1 if month == 2 and leap else 0)
    return year, month, n - before + 1


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    wday = (first + 6) % 7
    monday = first - wday
    if wday > 3:
        monday += 7
    return monday


def _index(x):
    # an int argument, as C's "i" format reads it
    if isinstance(x, int):
        return int(x)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__)


def _check_date_fields(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    fold = _index(fold)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tz).__name__)


def _check_offset(name, offset):
    # what utcoffset() or dst() returned, checked as CPython does
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'" % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                         "timedelta(hours=24).")
    return offset


def _round_c(x):
    # C's round(): halves away from zero
    if x >= 0:
        return float(int(x + 0.5)) if x + 0.5 < 4503599627370496.0 else x
    return -_round_c(-x)


def _div_nearest(a, b):
    # a / b for ints, rounded half to even
    q, r = divmod(a, b)
    r2 = r * 2
    if b > 0:
        if r2 > b or (r2 == b and q % 2 == 1):
            q += 1
    else:
        if r2 < b or (r2 == b and q % 2 == 1):
            q += 1
    return q


def _format_offset(off, sep):
    # +HH:MM[:SS[.ffffff]] of a timedelta, or "" for None
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign = "-"
        off = -off
    hh, rest = divmod(off._us(), 3600000000)
    mm, rest = divmod(rest, 60000000)
    ss, us = divmod(rest, 1000000)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or us:
        s += "%s%02d" % (sep, ss)
        if us:
            s += ".%06d" % us
    return s


def _format_time(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _wrap_strftime(obj, fmt, tt, us, tzobj):
    # CPython's wrap_strftime: %f %z %Z here, the rest by time.strftime
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != "%" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        d = fmt[i + 1]
        if d == "f":
            out.append("%06d" % us)
        elif d == "z":
            off = None
            if tzobj is not None:
                off = tzobj.utcoffset()
            out.append(_format_offset(off, ""))
        elif d == "Z":
            name = None
            if tzobj is not None:
                name = tzobj.tzname()
            if name is not None:
                if not isinstance(name, str):
                    raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % type(name).__name__)
                out.append(name.replace("%", "%%"))
        else:
            out.append(c + d)
        i += 2
    return _timemod.strftime("".join(out), tt)


def _format_spec(obj, fmt):
    if not isinstance(fmt, str):
        raise TypeError("format() argument 2 must be str, not %s" % type(fmt).__name__)
    if fmt == "":
        return str(obj)
    return obj.strftime(fmt)


class timedelta:
    """Difference between two datetime values."""

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        total = 0
        leftover = 0.0
        for value, factor, name in ((days, _US_PER_DAY, "days"), (seconds, 1000000, "seconds"),
                                    (microseconds, 1, "microseconds"), (milliseconds, 1000, "milliseconds"),
                                    (minutes, 60000000, "minutes"), (hours, 3600000000, "hours"),
                                    (weeks, 7 * _US_PER_DAY, "weeks")):
            if isinstance(value, int):
                total += int(value) * factor
            elif isinstance(value, float):
                whole = int(value)
                frac = value - whole
                total += whole * factor
                if frac != 0.0:
                    x = frac * factor
                    xi = int(x)
                    total += xi
                    leftover += x - xi
            else:
                raise TypeError("unsupported type for timedelta %s component: %s" % (name, type(value).__name__))
        if leftover != 0.0:
            whole = _round_c(leftover)
            if abs(whole - leftover) == 0.5:
                odd = total & 1
                whole = 2.0 * _round_c((leftover + odd) * 0.5) - odd
            total += int(whole)
        return _td_from_us(total, cls)

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._us() / 1000000

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append("0")
        return "%s(%s)" % (_tname(self), ", ".join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            plural = "s" if abs(self._days) != 1 else ""
            s = "%d day%s, " % (self._days, plural) + s
        if self._microseconds:
            s += ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._us() + other._us())
        if isinstance(other, _BUILTIN_TYPES):
            raise _binop_error("+", self, other)
        return NotImplemented

    def __radd__(self, other):
        if _known(other):
            raise _binop_error("+", other, self)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._us() - other._us())
        if isinstance(other, _BUILTIN_TYPES):
            raise _binop_error("-", self, other)
        return NotImplemented

    def __rsub__(self, other):
        if _known(other):
            raise _binop_error("-", other, self)
        return NotImplemented

    def __neg__(self):
        return _td_from_us(-self._us())

    def __pos__(self):
        return _td_from_us(self._us())

    def __abs__(self):
        if self._days < 0:
            return -self
        return _td_from_us(self._us())

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_from_us(self._us() * int(other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _td_from_us(_div_nearest(self._us() * a, b))
        if isinstance(other, _BUILTIN_TYPES):
            raise _seq_error(self, other)
        return NotImplemented

    def __rmul__(self, other):
        if isinstance(other, (int, float)):
            return self.__mul__(other)
        if _known(other):
            raise _seq_error(other, self)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            o = other._us()
            if o == 0:
                raise ZeroDivisionError("division by zero")
            return self._us() / o
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td_from_us(_div_nearest(self._us(), int(other)))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            if a == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td_from_us(_div_nearest(self._us() * b, a))
        if isinstance(other, _BUILTIN_TYPES):
            raise _binop_error("/", self, other)
        return NotImplemented

    def __rtruediv__(self, other):
        if _known(other):
            raise _binop_error("/", other, self)
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            o = other._us()
            if o == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._us() // o
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td_from_us(self._us() // int(other))
        if isinstance(other, _BUILTIN_TYPES):
            raise _binop_error("//", self, other)
        return NotImplemented

    def __rfloordiv__(self, other):
        if _known(other):
            raise _binop_error("//", other, self)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            o = other._us()
            if o == 0:
                raise ZeroDivisionError("integer modulo by zero")
            return _td_from_us(self._us() % o)
        if isinstance(other, _BUILTIN_TYPES):
            raise _binop_error("%", self, other)
        return NotImplemented

    def __rmod__(self, other):
        if _known(other):
            raise _binop_error("%", other, self)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            o = other._us()
            if o == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._us(), o)
            return q, _td_from_us(r)
        if isinstance(other, _BUILTIN_TYPES):
            raise _binop_error("divmod()", self, other)
        return NotImplemented

    def __rdivmod__(self, other):
        if _known(other):
            raise _binop_error("divmod()", other, self)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return _cmp_error("<", self, other)

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return _cmp_error("<=", self, other)

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return _cmp_error(">", self, other)

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return _cmp_error(">=", self, other)

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (type(self), self._key())


def _td_from_us(us, cls=None):
    # a normalized timedelta of a number of microseconds
    secs, micro = divmod(us, 1000000)
    days, secs = divmod(secs, 86400)
    if days > 2147483647 or days < -2147483648:
        raise OverflowError("Python int too large to convert to C int")
    if not -999999999 <= days <= 999999999:
        raise OverflowError("days=%d; must have magnitude <= 999999999" % days)
    if cls is None or cls is timedelta:
        self = object.__new__(timedelta)
    else:
        self = object.__new__(cls)
    self._days = days
    self._seconds = secs
    self._microseconds = micro
    return self


timedelta.min = _td_from_us(-999999999 * _US_PER_DAY)
timedelta.max = _td_from_us(1000000000 * _US_PER_DAY - 1)
timedelta.resolution = _td_from_us(1)


class IsoCalendarDate(tuple):
    """The (year, week, weekday) of date.isocalendar()."""

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (_tname(self), self[0], self[1], self[2])

    def __reduce__(self):
        return (tuple, (tuple(self),))


def _parse_digits(s, i, n):
    # the int of n ASCII digits at s[i:], or None
    if i + n > len(s):
        return None
    v = 0
    for k in range(i, i + n):
        c = s[k]
        if c < "0" or c > "9":
            return None
        v = v * 10 + ord(c) - 48
    return v


def _iso_to_ymd(year, week, day):
    if week <= 0 or week >= 53:
        ok = False
        if week == 53:
            first = (_ymd2ord(year, 1, 1) + 6) % 7
            ok = first == 3 or (first == 2 and _is_leap(year))
        if not ok:
            raise ValueError("Invalid week: %d" % week)
    if day <= 0 or day >= 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % day)
    return _ord2ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)


def _parse_isoformat_date(s, end):
    # (year, month, day) of s[:end], or None
    s = s + "\0"
    year = _parse_digits(s, 0, 4)
    if year is None:
        return None
    i = 4
    sep = s[i] == "-"
    if sep:
        i += 1
    if s[i] == "W":
        i += 1
        week = _parse_digits(s, i, 2)
        if week is None:
            return None
        i += 2
        day = 1
        if i < end:
            if sep:
                if s[i] != "-":
                    return None
                i += 1
            day = _parse_digits(s, i, 1)
            if day is None:
                return None
        try:
            return _iso_to_ymd(year, week, day)
        except ValueError:
            return None
    month = _parse_digits(s, i, 2)
    if month is None:
        return None
    i += 2
    if sep:
        if s[i] != "-":
            return None
        i += 1
    day = _parse_digits(s, i, 2)
    if day is None:
        return None
    return year, month, day


def _parse_hh_mm_ss_ff(s, i, end):
    # [HH[:?MM[:?SS[{.,}fff[fff]]]]] of s[i:end] (s ends with "\0"):
    # (fields, status), status < 0 on errors
    vals = [0, 0, 0, 0]
    sep = True
    for k in range(3):
        v = _parse_digits(s, i, 2)
        if v is None:
            return vals, -3
        vals[k] = v
        i += 2
        c = s[i]
        i += 1
        if k == 0:
            sep = c == ":"
        if i >= end:
            return vals, (1 if c != "\0" else 0)
        elif sep and c == ":":
            continue
        elif c == "." or c == ",":
            break
        elif not sep:
            i -= 1
        else:
            return vals, -4
    else:
        pass
    remains = end - i
    n = 6 if remains >= 6 else remains
    if n <= 0:
        return vals, -3
    v = _parse_digits(s, i, n)
    if v is None:
        return vals, -3
    i += n
    vals[3] = v * (10 ** (6 - n))
    while "0" <= s[i] <= "9":
        i += 1
    return vals, (1 if s[i] != "\0" else 0)


def _parse_isoformat_time(s, start):
    # (h, m, s, us, tz) of s[start:]; tz is None or a timezone
    s = s + "\0"
    end = len(s) - 1
    tzpos = start
    while tzpos < end:
        if s[tzpos] in "Z+-":
            break
        tzpos += 1
    vals, rv = _parse_hh_mm_ss_ff(s, start, tzpos)
    if rv < 0:
        return None
    if tzpos == end:
        if rv != 0:
            return None
        return vals[0], vals[1], vals[2], vals[3], None
    if s[tzpos] == "Z":
        if tzpos + 1 != end:
            return None
        return vals[0], vals[1], vals[2], vals[3], timezone.utc
    sign = -1 if s[tzpos] == "-" else 1
    tz, rv = _parse_hh_mm_ss_ff(s, tzpos + 1, end)
    if rv != 0:
        return None
    off = timedelta(hours=tz[0], minutes=tz[1], seconds=tz[2], microseconds=tz[3])
    if sign < 0:
        off = -off
    if not off:
        return vals[0], vals[1], vals[2], vals[3], timezone.utc
    return vals[0], vals[1], vals[2], vals[3], timezone(off)


class date:
    """date(year, month, day) --> date object"""

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date_fields(year, month, day)
        return _new_date(year, month, day, cls)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        f = _time.breakdown(t, True)
        return cls(f[0], f[1], f[2])

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAXORDINAL:
            raise ValueError("year %d is out of range" % _ord2ymd(n)[0])
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        ymd = None
        if len(s) in (7, 8, 10):
            ymd = _parse_isoformat_date(s, len(s))
        if ymd is None:
            raise ValueError("Invalid isoformat string: %r" % (s,))
        return cls(ymd[0], ymd[1], ymd[2])

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError("Year is out of range: %d" % year)
        y, m, d = _iso_to_ymd(year, week, day)
        return cls(y, m, d)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_tname(self), self._year, self._month, self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        wd = (self.toordinal() + 6) % 7
        return "%s %s %2d 00:00:00 %04d" % (_DAYNAMES[wd], _MONTHNAMES[self._month], self._day, self._year)

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple(), 0, None)

    def __format__(self, fmt):
        return _format_spec(self, fmt)

    def timetuple(self):
        return _timemod.struct_time((self._year, self._month, self._day, 0, 0, 0,
                                     self.weekday(), self._yday(), -1))

    def _yday(self):
        return _ymd2ord(self._year, self._month, self._day) - _ymd2ord(self._year, 1, 1) + 1

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        today = self.toordinal()
        monday = _iso_week1_monday(year)
        week, day = divmod(today - monday, 7)
        if week < 0:
            year -= 1
            monday = _iso_week1_monday(year)
            week, day = divmod(today - monday, 7)
        elif week >= 52 and today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def _plain(self, other):
        return isinstance(other, date) and not isinstance(other, datetime)

    def _key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if self._plain(other):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if self._plain(other):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if self._plain(other):
            return self._key() < other._key()
        return _cmp_error("<", self, other)

    def __le__(self, other):
        if self._plain(other):
            return self._key() <= other._key()
        return _cmp_error("<=", self, other)

    def __gt__(self, other):
        if self._plain(other):
            return self._key() > other._key()
        return _cmp_error(">", self, other)

    def __ge__(self, other):
        if self._plain(other):
            return self._key() >= other._key()
        return _cmp_error(">=", self, other)

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other._days
            if not 1 <= n <= _MAXORDINAL:
                raise OverflowError("date value out of range")
            y, m, d = _ord2ymd(n)
            if type(self) is date:
                return _new_date(y, m, d, date)
            return type(self)(y, m, d)
        if _known(other):
            raise _binop_error("+", self, other)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        if _known(other):
            raise _binop_error("+", other, self)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() - other._days
            if not 1 <= n <= _MAXORDINAL:
                raise OverflowError("date value out of range")
            y, m, d = _ord2ymd(n)
            if type(self) is date:
                return _new_date(y, m, d, date)
            return type(self)(y, m, d)
        if self._plain(other):
            return _td_from_us((self.toordinal() - other.toordinal()) * _US_PER_DAY)
        if _known(other):
            raise _binop_error("-", self, other)
        return NotImplemented

    def __rsub__(self, other):
        if _known(other):
            raise _binop_error("-", other, self)
        return NotImplemented

    def __reduce__(self):
        return (type(self), self._key())


def _new_date(y, m, d, cls):
    self = object.__new__(cls)
    self._year = y
    self._month = m
    self._day = d
    return self


date.min = _new_date(1, 1, 1, date)
date.max = _new_date(9999, 12, 31, date)
date.resolution = timedelta(days=1)


class tzinfo:
    """Abstract base class for time zone info objects."""

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = off - dst
        if delta:
            dt = dt + delta
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dst


def _check_dt_arg(name, dt):
    if dt is not None and not isinstance(dt, datetime):
        raise TypeError("%s(dt) argument must be a datetime instance or None, not %s" % (name, type(dt).__name__))


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s" % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if name is None and not offset and cls is timezone:
            return timezone.utc
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not %r." % (offset,))
        return _new_timezone(offset, name, cls)

    def utcoffset(self, dt):
        _check_dt_arg("utcoffset", dt)
        return self._offset

    def dst(self, dt):
        _check_dt_arg("dst", dt)
        return None

    def tzname(self, dt):
        _check_dt_arg("tzname", dt)
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset, ":")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_tname(self), self._offset)
        return "%s(%r, %r)" % (_tname(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timezone):
            return self._offset != other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __reduce__(self):
        if self._name is None:
            return (type(self), (self._offset,))
        return (type(self), (self._offset, self._name))


def _new_timezone(offset, name, cls):
    self = object.__new__(cls)
    self._offset = offset
    self._name = name
    return self


timezone.utc = _new_timezone(timedelta(0), None, timezone)
timezone.min = _new_timezone(-timedelta(hours=23, minutes=59), None, timezone)
timezone.max = _new_timezone(timedelta(hours=23, minutes=59), None, timezone)


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object"""

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return _new_time(hour, minute, second, microsecond, tzinfo, fold, cls)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        start = 1 if s[:1] == "T" else 0
        r = _parse_isoformat_time(s, start) if len(s) > start else None
        if r is None:
            raise ValueError("Invalid isoformat string: %r" % (s,))
        return cls(r[0], r[1], r[2], r[3], r[4])

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(None)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % type(name).__name__)
        return name

    def isoformat(self, timespec="auto"):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        if self._microsecond:
            s = "%d, %d, %d, %d" % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            s = "%d, %d, %d" % (self._hour, self._minute, self._second)
        else:
            s = "%d, %d" % (self._hour, self._minute)
        s = "%s(%s" % (_tname(self), s)
        if self._fold:
            s += ", fold=1"
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        return s + ")"

    def strftime(self, fmt):
        tt = _timemod.struct_time((1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1))
        return _wrap_strftime(self, fmt, tt, self._microsecond, self)

    def __format__(self, fmt):
        return _format_spec(self, fmt)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def _cmp(self, other, mixed):
        mine = (self._hour, self._minute, self._second, self._microsecond)
        theirs = (other._hour, other._minute, other._second, other._microsecond)
        if self._tzinfo is other._tzinfo:
            myoff = otoff = None
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
        if myoff == otoff:
            return (mine > theirs) - (mine < theirs)
        if myoff is None or otoff is None:
            if mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        mine = (self._hour * 60 + self._minute - myoff // timedelta(minutes=1),) + mine[2:]
        theirs = (other._hour * 60 + other._minute - otoff // timedelta(minutes=1),) + theirs[2:]
        return (mine > theirs) - (mine < theirs)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) < 0
        return _cmp_error("<", self, other)

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) <= 0
        return _cmp_error("<=", self, other)

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) > 0
        return _cmp_error(">", self, other)

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) >= 0
        return _cmp_error(">=", self, other)

    def __hash__(self):
        off = self.utcoffset()
        if not off:
            return hash((self._hour, self._minute, self._second, self._microsecond))
        h, m = divmod(self._hour * 60 + self._minute - off // timedelta(minutes=1), 60)
        return hash((h, m, self._second, self._microsecond))

    def __reduce__(self):
        return (type(self), (self._hour, self._minute, self._second, self._microsecond, self._tzinfo))


def _new_time(hour, minute, second, microsecond, tz, fold, cls):
    self = object.__new__(cls)
    self._hour = hour
    self._minute = minute
    self._second = second
    self._microsecond = microsecond
    self._tzinfo = tz
    self._fold = fold
    return self


time.min = _new_time(0, 0, 0, 0, None, 0, time)
time.max = _new_time(23, 59, 59, 999999, None, 0, time)
time.resolution = timedelta(microseconds=1)


def _find_isoformat_separator(s):
    # where the date ends in a datetime string (CPython 3.11's rules)
    n = len(s)
    if n <= 7:
        return n
    if s[4] == "-":
        if s[5] == "W":
            if n > 8 and s[8] == "-":
                if n == 9:
                    return -1
                if n > 10 and "0" <= s[10] <= "9":
                    return 8
                return 10
            return 8
        return 10
    if s[4] == "W":
        i = 7
        while i < n and "0" <= s[i] <= "9":
            i += 1
        if i < 9:
            return i
        return 7 if i % 2 == 0 else 8
    return 8


def _split_timestamp(t):
    # (seconds, microseconds) of a timestamp, rounded half to even
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        whole = float(int(t)) if abs(t) < 9.3e18 else t
        frac = t - whole
        us = round(frac * 1e6)
        if us >= 1000000:
            us -= 1000000
            whole += 1.0
        elif us < 0:
            us += 1000000
            whole -= 1.0
        if not -9.223372036854776e18 <= whole < 9.223372036854776e18:
            raise OverflowError("timestamp out of range for platform time_t")
        return int(whole), us
    if isinstance(t, int):
        return int(t), 0
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)


def _local_timezone(secs):
    f = _time.breakdown(secs, True)
    return timezone(timedelta(seconds=f[10]), f[9])


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])"""

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return _new_datetime(year, month, day, hour, minute, second, microsecond, tzinfo, fold, cls)

    @classmethod
    def _fromtimestamp(cls, secs, us, utc, tz):
        f = _time.breakdown(secs, not utc and tz is None)
        if tz is None:
            return cls(f[0], f[1], f[2], f[3], f[4], f[5], us)
        return tz.fromutc(cls(f[0], f[1], f[2], f[3], f[4], f[5], us, tz))

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        secs, us = _split_timestamp(t)
        return cls._fromtimestamp(secs, us, False, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        secs, us = _split_timestamp(t)
        return cls._fromtimestamp(secs, us, True, None)

    @classmethod
    def now(cls, tz=None):
        _check_tzinfo(tz)
        secs, ns = divmod(_time.time_ns(), 1000000000)
        return cls._fromtimestamp(secs, ns // 1000, False, tz)

    @classmethod
    def utcnow(cls):
        secs, ns = divmod(_time.time_ns(), 1000000000)
        return cls._fromtimestamp(secs, ns // 1000, True, None)

    @classmethod
    def today(cls):
        return cls.now()

    @classmethod
    def combine(cls, date_, time_, tzinfo=True):
        if not isinstance(date_, date):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % type(date_).__name__)
        if not isinstance(time_, time):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % type(time_).__name__)
        if tzinfo is True:
            tzinfo = time_.tzinfo
        return cls(date_.year, date_.month, date_.day, time_.hour, time_.minute, time_.second,
                   time_.microsecond, tzinfo, fold=time_.fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        r = None
        ymd = None
        if len(s) >= 7:
            sep = _find_isoformat_separator(s)
            if sep >= 0:
                ymd = _parse_isoformat_date(s, sep)
        if ymd is not None:
            r = (0, 0, 0, 0, None)
            if len(s) > sep:
                r = _parse_isoformat_time(s, sep + 1)
        if r is None:
            raise ValueError("Invalid isoformat string: %r" % (s,))
        return cls(ymd[0], ymd[1], ymd[2], r[0], r[1], r[2], r[3], r[4])

    @classmethod
    def strptime(cls, date_string, format):
        if not isinstance(date_string, str):
            raise TypeError("strptime() argument 1 must be str, not %s" % type(date_string).__name__)
        if not isinstance(format, str):
            raise TypeError("strptime() argument 2 must be str, not %s" % type(format).__name__)
        import _strptime
        tt, fraction, gmtoff_fraction = _strptime._strptime(date_string, format)
        tz = None
        if tt[10] is not None:
            delta = timedelta(seconds=tt[10], microseconds=gmtoff_fraction)
            if tt[9]:
                tz = timezone(delta, tt[9])
            else:
                tz = timezone(delta)
        return cls(tt[0], tt[1], tt[2], tt[3], tt[4], tt[5], fraction, tz)

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def date(self):
        return _new_date(self._year, self._month, self._day, date)

    def time(self):
        return _new_time(self._hour, self._minute, self._second, self._microsecond, None, self._fold, time)

    def timetz(self):
        return _new_time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                         self._fold, time)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % type(name).__name__)
        return name

    def timetuple(self):
        d = self.dst()
        isdst = -1 if d is None else (1 if d else 0)
        return _timemod.struct_time((self._year, self._month, self._day, self._hour, self._minute,
                                     self._second, self.weekday(), self._yday(), isdst))

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self
        if off:
            dt = self - off
        return _timemod.struct_time((dt._year, dt._month, dt._day, dt._hour, dt._minute,
                                     dt._second, dt.weekday(), dt._yday(), 0))

    def timestamp(self):
        if self._tzinfo is None:
            secs = _time.mktime(self._year, self._month, self._day, self._hour, self._minute, self._second)
            return secs + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo, fold=fold)

    def _local_seconds(self):
        return _time.mktime(self._year, self._month, self._day, self._hour, self._minute, self._second)

    def astimezone(self, tz=None):
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                            % type(tz).__name__)
        mytz = self._tzinfo
        off = None
        if mytz is not None:
            if mytz is tz:
                return self
            off = self.utcoffset()
        if off is None:
            mytz = _local_timezone(self._local_seconds())
            if mytz == tz and mytz._name == getattr(tz, "_name", None) and type(tz) is timezone:
                pass
            off = mytz.utcoffset(self)
        utc = (self - off).replace(tzinfo=timezone.utc)
        if tz is None:
            tz = _local_timezone((utc - _EPOCH) // timedelta(seconds=1))
        return tz.fromutc(utc.replace(tzinfo=tz))

    def ctime(self):
        wd = (self.toordinal() + 6) % 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAYNAMES[wd], _MONTHNAMES[self._month], self._day,
                                                  self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s" % type(sep).__name__)
        s = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
        s += _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat(" ")

    def __repr__(self):
        s = "%s(%d, %d, %d, %d, %d" % (_tname(self), self._year, self._month, self._day,
                                       self._hour, self._minute)
        if self._microsecond:
            s += ", %d, %d" % (self._second, self._microsecond)
        elif self._second:
            s += ", %d" % self._second
        if self._fold:
            s += ", fold=1"
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        return s + ")"

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple(), self._microsecond, self)

    def _fields(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond)

    def _cmp(self, other, mixed):
        if self._tzinfo is other._tzinfo:
            myoff = otoff = None
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
        if myoff == otoff:
            a = self._fields()
            b = other._fields()
            return (a > b) - (a < b)
        if myoff is None or otoff is None:
            if mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff._days < 0:
            return -1
        return 1 if diff else 0

    def _compare(self, other, op, mixed):
        if isinstance(other, datetime):
            return self._cmp(other, mixed)
        if isinstance(other, date):
            if mixed:
                return 2
            raise TypeError("can't compare %s to %s" % (_tname(self), _tname(other)))
        if isinstance(other, _BUILTIN_TYPES) and not mixed:
            raise TypeError("'%s' not supported between instances of '%s' and '%s'"
                            % (op, _tname(self), _tname(other)))
        return None

    def __eq__(self, other):
        c = self._compare(other, "==", True)
        return NotImplemented if c is None else c == 0

    def __ne__(self, other):
        c = self._compare(other, "!=", True)
        return NotImplemented if c is None else c != 0

    def __lt__(self, other):
        c = self._compare(other, "<", False)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._compare(other, "<=", False)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._compare(other, ">", False)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._compare(other, ">=", False)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        off = self.utcoffset()
        if off is None:
            return hash(self._fields())
        return hash((self - off).replace(tzinfo=None)._fields())

    def _total_us(self):
        secs = (self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second)
        return secs * 1000000 + self._microsecond

    def __add__(self, other):
        if isinstance(other, timedelta):
            total = self._total_us() + other._us()
            days, rest = divmod(total, _US_PER_DAY)
            if not 1 <= days <= _MAXORDINAL:
                raise OverflowError("date value out of range")
            y, m, d = _ord2ymd(days)
            secs, us = divmod(rest, 1000000)
            hh, secs = divmod(secs, 3600)
            mm, ss = divmod(secs, 60)
            if type(self) is datetime:
                return _new_datetime(y, m, d, hh, mm, ss, us, self._tzinfo, 0, datetime)
            return type(self)(y, m, d, hh, mm, ss, us, self._tzinfo)
        if _known(other):
            raise _binop_error("+", self, other)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        if _known(other):
            raise _binop_error("+", other, self)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(-other)
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                myoff = otoff = None
            else:
                myoff = self.utcoffset()
                otoff = other.utcoffset()
                if (myoff is None) != (otoff is None):
                    raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            us = self._total_us() - other._total_us()
            if myoff is not None and myoff != otoff:
                us -= myoff._us() - otoff._us()
            return _td_from_us(us)
        if _known(other):
            raise _binop_error("-", self, other)
        return NotImplemented

    def __rsub__(self, other):
        if _known(other):
            raise _binop_error("-", other, self)
        return NotImplemented

    def __reduce__(self):
        return (type(self), self._fields() + (self._tzinfo,))


def _new_datetime(y, m, d, hh, mm, ss, us, tz, fold, cls):
    self = object.__new__(cls)
    self._year = y
    self._month = m
    self._day = d
    self._hour = hh
    self._minute = mm
    self._second = ss
    self._microsecond = us
    self._tzinfo = tz
    self._fold = fold
    return self


datetime.min = _new_datetime(1, 1, 1, 0, 0, 0, 0, None, 0, datetime)
datetime.max = _new_datetime(9999, 12, 31, 23, 59, 59, 999999, None, 0, datetime)
datetime.resolution = timedelta(microseconds=1)
_EPOCH = _new_datetime(1970, 1, 1, 0, 0, 0, 0, timezone.utc, 0, datetime)

for _cls in (timedelta, date, tzinfo, timezone, time, datetime, IsoCalendarDate):
    _TYPE_NAMES[_cls] = "datetime." + _cls.__name__
del _cls
datetime_CAPI = None
