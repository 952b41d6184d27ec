# asyncio.queues: written by a helper; empty until then.
