# asyncio.timeouts: written by a helper; empty until then.
