# as_completed over named tasks, mapping results back to their inputs.
import asyncio


async def score(name, delay, points):
    await asyncio.sleep(delay)
    return name, points


async def main():
    players = {"ann": (0.03, 7), "bob": (0.01, 3), "cid": (0.05, 9), "dee": (0.02, 5)}
    tasks = [asyncio.create_task(score(n, d, p), name=n) for n, (d, p) in players.items()]
    ranking = []
    for i, aw in enumerate(asyncio.as_completed(tasks), 1):
        name, points = await aw
        ranking.append(name)
        print(f"#{i} {name} scored {points}")
    print("finish order:", ranking)
    print("by points:", sorted(players, key=lambda n: -players[n][1]))
    print("all done:", all(t.done() for t in tasks))


asyncio.run(main())
