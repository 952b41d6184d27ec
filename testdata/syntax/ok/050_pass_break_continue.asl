class Empty:
    pass


def stub():
    pass


def loop(items):
    for item in items:
        if item is None:
            continue
        if item < 0:
            break
        pass
    while True:
        try:
            break
        finally:
            pass
    while items:
        try:
            items.pop()
            continue
        except IndexError:
            break


if True: pass
for _ in []: break
while 0: continue
