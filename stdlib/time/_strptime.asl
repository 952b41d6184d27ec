# asl's _strptime: parse a string by a strftime format, as CPython's
# _strptime does in the C locale, with regular expressions.
import re
import time

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = ["", "january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]
_DIRECTIVES = {
    "d": r"(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])",
    "f": r"(?P<f>[0-9]{1,6})",
    "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
    "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    "G": r"(?P<G>\d\d\d\d)",
    "j": r"(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    "M": r"(?P<M>[0-5]\d|\d)",
    "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
    "U": r"(?P<U>5[0-3]|[0-4]\d|\d)",
    "W": r"(?P<W>5[0-3]|[0-4]\d|\d)",
    "w": r"(?P<w>[0-6])",
    "u": r"(?P<u>[1-7])",
    "V": r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
    "y": r"(?P<y>\d\d)",
    "Y": r"(?P<Y>\d\d\d\d)",
    "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    "%": "%",
}


def _alternatives(names, key):
    names = sorted(names, key=len, reverse=True)
    return "(?P<%s>%s)" % (key, "|".join(re.escape(n) for n in names))


def _zones():
    std = ["utc", "gmt"]
    if time.tzname[0].lower() not in std:
        std.append(time.tzname[0].lower())
    dst = [time.tzname[1].lower()] if time.daylight else []
    return std, dst


def _directive(c):
    if c in _DIRECTIVES:
        return _DIRECTIVES[c]
    if c == "A":
        return _alternatives(_WEEKDAYS, "A")
    if c == "a":
        return _alternatives([d[:3] for d in _WEEKDAYS], "a")
    if c == "B":
        return _alternatives(_MONTHS[1:], "B")
    if c == "b":
        return _alternatives([m[:3] for m in _MONTHS[1:]], "b")
    if c == "p":
        return _alternatives(["am", "pm"], "p")
    if c == "Z":
        std, dst = _zones()
        return _alternatives(std + dst, "Z")
    if c == "c":
        return _pattern("%a %b %d %H:%M:%S %Y")
    if c == "x":
        return _pattern("%m/%d/%y")
    if c == "X":
        return _pattern("%H:%M:%S")
    raise KeyError(c)


def _pattern(format):
    format = re.sub(r"([\\.^$*+?\(\){}\[\]|])", r"\\\1", format)
    format = re.sub(r"\s+", r"\\s+", format)
    out = []
    while "%" in format:
        i = format.index("%") + 1
        out.append(format[:i - 1])
        out.append(_directive(format[i]))
        format = format[i + 1:]
    out.append(format)
    return "".join(out)


_cache = {}


def _compile(format):
    if format in _cache:
        return _cache[format]
    try:
        rx = re.compile(_pattern(format), re.IGNORECASE)
    except KeyError as err:
        bad = err.args[0]
        if bad == "\\":
            bad = "%"
        raise ValueError("'%s' is a bad directive in format '%s'" % (bad, format)) from None
    except IndexError:
        raise ValueError("stray %% in format '%s'" % format) from None
    _cache[format] = rx
    return rx


def _isleap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _ordinal(y, m, d):
    # days since 0001-01-01 plus one, as date.toordinal
    before = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    y1 = y - 1
    n = y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400 + before[m - 1] + d
    if m > 2 and _isleap(y):
        n += 1
    return n


def _check_date(y, m, d):
    if not 1 <= y <= 9999:
        raise ValueError("year %d is out of range" % y)
    if not 1 <= m <= 12:
        raise ValueError("month must be in 1..12")
    dim = [31, 29 if _isleap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    if not 1 <= d <= dim:
        raise ValueError("day is out of range for month")


def _from_ordinal(n):
    # (year, month, day) of an ordinal
    y = (n - 1) // 366 + 1
    while _ordinal(y + 1, 1, 1) <= n:
        y += 1
    m = 1
    while m < 12 and _ordinal(y, m + 1, 1) <= n:
        m += 1
    return y, m, n - _ordinal(y, m, 1) + 1


def _weekday(y, m, d):
    return (_ordinal(y, m, d) + 6) % 7


def _julian_from_week(year, week, weekday, monday_first):
    first = _weekday(year, 1, 1)
    if not monday_first:
        first = (first + 1) % 7
        weekday = (weekday + 1) % 7
    week0 = (7 - first) % 7
    if week == 0:
        return 1 + weekday - first
    return 1 + week0 + 7 * (week - 1) + weekday


def _julian_from_iso(iso_year, iso_week, iso_weekday):
    correction = _weekday(iso_year, 1, 4) + 1 + 3
    n = iso_week * 7 + iso_weekday - correction
    if n < 1:
        n += _ordinal(iso_year, 1, 1)
        iso_year -= 1
        n -= _ordinal(iso_year, 1, 1)
    return iso_year, n


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """((year, ..., tz, tzname, gmtoff), fraction, gmtoff_fraction) of a string."""
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument %d must be str, not %s" % (index, type(arg)))
    found = _compile(format).match(data_string)
    if not found:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])
    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    iso_week = week_of_year = None
    monday_first = False
    weekday = julian = None
    groups = found.groupdict()
    for key in groups:
        value = groups[key]
        if key == "y":
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif key == "Y":
            year = int(value)
        elif key == "G":
            iso_year = int(value)
        elif key == "m":
            month = int(value)
        elif key == "B":
            month = _MONTHS.index(value.lower())
        elif key == "b":
            month = [m[:3] for m in _MONTHS].index(value.lower())
        elif key == "d":
            day = int(value)
        elif key == "H":
            hour = int(value)
        elif key == "I":
            hour = int(value)
            ampm = (groups.get("p") or "").lower()
            if ampm in ("", "am"):
                if hour == 12:
                    hour = 0
            elif ampm == "pm":
                if hour != 12:
                    hour += 12
        elif key == "M":
            minute = int(value)
        elif key == "S":
            second = int(value)
        elif key == "f":
            fraction = int(value + "0" * (6 - len(value)))
        elif key == "A":
            weekday = _WEEKDAYS.index(value.lower())
        elif key == "a":
            weekday = [d[:3] for d in _WEEKDAYS].index(value.lower())
        elif key == "w":
            weekday = int(value)
            weekday = 6 if weekday == 0 else weekday - 1
        elif key == "u":
            weekday = int(value) - 1
        elif key == "j":
            julian = int(value)
        elif key == "U" or key == "W":
            week_of_year = int(value)
            monday_first = key == "W"
        elif key == "V":
            iso_week = int(value)
        elif key == "z":
            z = value
            if z == "Z" or z == "z":
                gmtoff = 0
            else:
                if z[3] == ":":
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ":":
                            raise ValueError("Inconsistent use of : in %s" % value)
                        z = z[:5] + z[6:]
                gmtoff = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
                rest = z[8:]
                gmtoff_fraction = int(rest + "0" * (6 - len(rest)))
                if z.startswith("-"):
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
        elif key == "Z":
            zone = value.lower()
            std, dst = _zones()
            if zone in std:
                tz = 0
            elif zone in dst:
                tz = 1
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with "
                             "the ISO week directive '%V' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not "
                             "compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
    elif week_of_year is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with "
                             "the ISO year directive '%G' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with "
                         "the year directive '%Y'. Use the ISO year '%G' "
                         "instead.")
    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_year_fix = True
    elif year is None:
        year = 1900
    if julian is None and weekday is not None:
        if week_of_year is not None:
            julian = _julian_from_week(year, week_of_year, weekday, monday_first)
        elif iso_year is not None and iso_week is not None:
            year, julian = _julian_from_iso(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _isleap(year) else 365
    if julian is None:
        _check_date(year, month, day)
        julian = _ordinal(year, month, day) - _ordinal(year, 1, 1) + 1
    else:
        year, month, day = _from_ordinal(julian - 1 + _ordinal(year, 1, 1))
    if weekday is None:
        weekday = _weekday(year, month, day)
    tzname = groups.get("Z")
    if leap_year_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, tz, tzname, gmtoff),
            fraction, gmtoff_fraction)
