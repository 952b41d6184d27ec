# Map-reduce word count: map chunks concurrently (some in threads), reduce with a lock.
import asyncio

TEXT = """the quick brown fox jumps over the lazy dog
the dog barks and the fox runs
a quick brown dog jumps over a lazy fox
foxes and dogs are not the same"""


def count_words(lines):
    counts = {}
    for line in lines:
        for w in line.split():
            counts[w] = counts.get(w, 0) + 1
    return counts


async def mapper(i, lines, use_thread):
    if use_thread:
        return await asyncio.to_thread(count_words, lines)
    await asyncio.sleep(0)
    return count_words(lines)


async def main():
    lines = TEXT.split("\n")
    chunks = [lines[i:i + 1] for i in range(len(lines))]
    total = {}
    lock = asyncio.Lock()

    async def map_and_reduce(i, chunk):
        partial = await mapper(i, chunk, i % 2 == 0)
        async with lock:
            for w, c in partial.items():
                total[w] = total.get(w, 0) + c
        return sum(partial.values())

    sizes = await asyncio.gather(*(map_and_reduce(i, c) for i, c in enumerate(chunks)))
    print("words per chunk:", sizes)
    top = sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print("top:", top)
    print("distinct:", len(total), "total:", sum(total.values()))
    print("consistent:", sum(total.values()) == sum(sizes))


asyncio.run(main())
