import asyncio


async def main():
    first = await asyncio.to_thread(input)
    second = await asyncio.to_thread(input, "prompt> ")
    print()
    print(repr(first), repr(second))
    try:
        await asyncio.to_thread(input)
    except EOFError as e:
        print("EOFError:", e)


asyncio.run(main())
