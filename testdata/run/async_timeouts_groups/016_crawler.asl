# A small crawler: a TaskGroup of workers, a Queue of urls, a Semaphore
# bounding concurrent fetches, a per-fetch timeout and a Lock on the
# results.
import asyncio

PAGES = {
    '/': (0.01, ['/a', '/b', '/c']),
    '/a': (0.02, ['/a/1', '/b']),
    '/b': (0.01, ['/']),
    '/c': (0.50, ['/never']),
    '/a/1': (0.01, []),
}


async def fetch(url):
    delay, links = PAGES.get(url, (0.01, []))
    await asyncio.sleep(delay)
    if url not in PAGES:
        raise LookupError(url)
    return links


async def worker(name, queue, seen, sem, results, lock):
    while True:
        url = await queue.get()
        try:
            async with sem:
                try:
                    async with asyncio.timeout(0.1):
                        links = await fetch(url)
                except TimeoutError:
                    links = None
                    status = 'timeout'
                except LookupError:
                    links = None
                    status = 'missing'
                else:
                    status = f'{len(links)} links'
            async with lock:
                results.append((url, status))
            for link in links or ():
                if link not in seen:
                    seen.add(link)
                    queue.put_nowait(link)
        finally:
            queue.task_done()


async def main():
    queue = asyncio.Queue()
    seen = {'/'}
    queue.put_nowait('/')
    sem = asyncio.Semaphore(2)
    lock = asyncio.Lock()
    results = []
    async with asyncio.TaskGroup() as g:
        workers = [g.create_task(worker(f'w{i}', queue, seen, sem, results, lock)) for i in range(3)]
        await queue.join()
        for w in workers:
            w.cancel()
    for url, status in sorted(results):
        print(f'{url:6} {status}')
    print('seen:', sorted(seen))
    print('all cancelled:', all(w.cancelled() for w in workers), str(queue))


asyncio.run(main())
