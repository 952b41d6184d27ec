import functools
import random
import time


def retry(*, attempts: int = 3, delay: float = 0.1, backoff: float = 2.0,
          exceptions: tuple[type[BaseException], ...] = (Exception,),
          on_retry=None):
    if attempts < 1:
        raise ValueError("attempts must be >= 1")

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            wait = delay
            for attempt in range(1, attempts + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions as exc:
                    if attempt == attempts:
                        raise
                    if on_retry is not None:
                        on_retry(attempt, exc)
                    time.sleep(wait + random.uniform(0, wait / 10))
                    wait *= backoff
        return wrapper
    return decorator


@retry(attempts=5, exceptions=(ConnectionError, TimeoutError),
       on_retry=lambda n, e: print(f"retry #{n}: {e!r}"))
def flaky(p=0.5):
    if random.random() < p:
        raise ConnectionError("boom")
    return "ok"
