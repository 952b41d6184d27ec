async def run_all(tasks):
    try:
        async with asyncio.TaskGroup() as tg:
            for t in tasks:
                tg.create_task(t)
    except* ValueError as eg:
        for exc in eg.exceptions:
            print("value error", exc)
    except* (TypeError, KeyError) as eg:
        print("type/key", eg)
    except* OSError:
        pass
    else:
        print("ok")
    finally:
        print("done")
