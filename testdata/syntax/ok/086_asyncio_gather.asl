import asyncio
import random


async def fetch(i: int) -> dict:
    await asyncio.sleep(random.random() / 10)
    if i == 3:
        raise ValueError(f"item {i} failed")
    return {"id": i, "value": i * i}


async def main() -> None:
    results = await asyncio.gather(*(fetch(i) for i in range(5)), return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            print("error:", r)
        elif (i := r.get("id")) is not None:
            print(i, r["value"])
    ok, err = [], []
    for r in results:
        (err if isinstance(r, BaseException) else ok).append(r)
    first, second = await asyncio.gather(fetch(0), fetch(1))
    print(first["value"] + second["value"])


asyncio.run(main())
