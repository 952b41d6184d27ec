# time's clocks and sleep (values vary: only their properties are printed).
import time
t0, m0, p0 = time.time(), time.monotonic(), time.perf_counter()
n0 = time.perf_counter_ns()
time.sleep(0.05)
time.sleep(0)
elapsed = time.perf_counter() - p0
print(type(t0).__name__, type(n0).__name__, type(time.time_ns()).__name__)
print(t0 > 1.6e9, time.monotonic() >= m0, 0.04 < elapsed < 2, time.perf_counter_ns() > n0)
print(abs(time.time_ns() / 1e9 - time.time()) < 1)
for bad in (lambda: time.sleep(-1), lambda: time.sleep("1"), lambda: time.time(1)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
