# An order service: TaskGroup per order, inventory under a Lock, payment with a timeout.
import asyncio

inventory = {"book": 2, "pen": 10, "lamp": 1}
inv_lock = asyncio.Lock()


class OrderError(Exception):
    pass


async def reserve(item, qty):
    async with inv_lock:
        await asyncio.sleep(0)
        if inventory.get(item, 0) < qty:
            raise OrderError(f"not enough {item}")
        inventory[item] -= qty
        return f"{qty} {item}"


async def charge(amount, delay):
    await asyncio.sleep(delay)
    if amount > 100:
        raise OrderError(f"card declined for {amount}")
    return f"charged {amount}"


async def place(order_id, items, amount, pay_delay):
    try:
        async with asyncio.timeout(0.05):
            async with asyncio.TaskGroup() as tg:
                reservations = [tg.create_task(reserve(i, q)) for i, q in items]
                payment = tg.create_task(charge(amount, pay_delay))
        return f"order {order_id}: ok, {[r.result() for r in reservations]}, {payment.result()}"
    except TimeoutError:
        return f"order {order_id}: payment timed out"
    except ExceptionGroup as eg:
        return f"order {order_id}: failed, {sorted(str(e) for e in eg.exceptions)}"


async def main():
    orders = [
        (1, [("book", 1), ("pen", 2)], 30, 0.01),
        (2, [("lamp", 1)], 250, 0.01),
        (3, [("book", 1)], 20, 0.2),
        (4, [("lamp", 1), ("book", 5)], 10, 0.01),
    ]
    for o in orders:
        # each order in its own task (CPython 3.11 leaves a cancel request counted on
        # the task whose TaskGroup failed, which would disturb a later timeout there)
        print(await asyncio.create_task(place(*o)))
    print("inventory:", inventory)


asyncio.run(main())
