# If the code in the block swallows the cancellation, no TimeoutError is raised,
# though expired() is True.
import asyncio


async def stubborn(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("stubborn swallowed the cancel")
    return "stubborn result"


async def main():
    log = []
    async with asyncio.timeout(0.01) as cm:
        r = await stubborn(log)
        log.append(f"got {r}")
    log.append(f"after block, expired={cm.expired()}")
    print("\n".join(log))

    # the block itself raising another error after expiry: that error passes through
    try:
        async with asyncio.timeout(0.01) as cm2:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                raise ValueError("replaced")
    except ValueError as e:
        print("ValueError passes through:", e, "expired:", cm2.expired())
    except TimeoutError:
        print("wrong: TimeoutError")

    # a block that raises its own TimeoutError without expiring
    try:
        async with asyncio.timeout(1) as cm3:
            raise TimeoutError("mine")
    except TimeoutError as e:
        print("own TimeoutError:", e.args, "expired:", cm3.expired())


asyncio.run(main())
