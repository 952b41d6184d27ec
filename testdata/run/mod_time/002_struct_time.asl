import time

s = time.struct_time((2024, 5, 6, 7, 8, 9, 0, 127, 0))
print(s, s.tm_zone, s.tm_gmtoff, len(s))
s11 = time.struct_time((2024, 5, 6, 7, 8, 9, 0, 127, 1, "CEST", 7200))
print(s11, s11.tm_zone, s11.tm_gmtoff, len(s11), s11[-1])
print(time.struct_time([1, 2, 3, 4, 5, 6, 7, 8, 9]))
print(time.struct_time(range(9)).tm_yday, time.struct_time("abcdefghi").tm_mon)
for seq in [(1, 2, 3), (), tuple(range(12))]:
    try:
        time.struct_time(seq)
    except TypeError as e:
        print(type(e).__name__, e)
print(s == (2024, 5, 6, 7, 8, 9, 0, 127, 0), s < (2025,), sorted([time.gmtime(10), time.gmtime(5)])[0].tm_sec)
print({s: 1}[(2024, 5, 6, 7, 8, 9, 0, 127, 0)], s.count(0), s.index(9))
print(repr(s) == str(s), s[:], s + (1,))
print(time.struct_time((2024, 1, 1, 0, 0, 0, 0, 1, -1)).tm_isdst)
print(time.gmtime(0).tm_zone, time.gmtime(0).tm_gmtoff)
