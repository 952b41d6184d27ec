# asyncio.taskgroups: written by a helper; empty until then.
