import time

t0 = time.time()
ns = time.time_ns()
print(type(t0).__name__, type(ns).__name__, abs(ns / 1e9 - t0) < 1, t0 > 1.7e9)
m0 = time.monotonic()
p0 = time.perf_counter()
time.sleep(0.01)
print(time.monotonic() - m0 >= 0.009, time.perf_counter() - p0 >= 0.009)
print(type(time.monotonic_ns()).__name__, type(time.perf_counter_ns()).__name__, type(time.process_time()).__name__)
print(time.monotonic_ns() >= 0, time.perf_counter_ns() <= time.perf_counter_ns())
print(time.gmtime(int(t0)).tm_year >= 2024, time.gmtime().tm_year == time.gmtime(time.time()).tm_year)
print(abs(time.mktime(time.localtime(t0)) - int(t0)) < 1)
for bad in [-1, "1", None]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    time.time(1)
except TypeError as e:
    print(type(e).__name__)
