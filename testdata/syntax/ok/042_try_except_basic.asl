try:
    risky()
except:
    pass

try:
    risky()
except ValueError:
    handle()

try:
    risky()
except ValueError as e:
    log(e)

try:
    risky()
except (KeyError, IndexError) as e:
    log(e)

try:
    risky()
except (TypeError, ValueError):
    pass

try:
    risky()
finally:
    cleanup()

try:
    risky()
except ValueError:
    pass
else:
    success()

try:
    risky()
except ValueError:
    pass
else:
    success()
finally:
    cleanup()
