# A generator that answers errors with values, then stops on a sentinel exception.
import asyncio


class Stop(Exception):
    pass


async def server():
    served = 0
    reply = "ready"
    while True:
        try:
            request = yield reply
            await asyncio.sleep(0)
            served += 1
            reply = f"ok:{request}"
        except Stop:
            yield f"stopping after {served}"
            return
        except Exception as e:
            reply = f"error:{type(e).__name__}:{e}"


async def main():
    s = server()
    print(await anext(s))
    print(await s.asend("ping"))
    print(await s.athrow(ValueError("bad request")))
    print(await s.asend("ping2"))
    print(await s.athrow(Stop()))
    try:
        await anext(s)
    except StopAsyncIteration:
        print("server ended")
    s2 = server()
    print(await anext(s2))
    try:
        await s2.athrow(KeyboardInterrupt())
    except KeyboardInterrupt:
        print("BaseException is not answered: it escapes the generator")
    print(await anext(s2, "s2 is finished"))


asyncio.run(main())
