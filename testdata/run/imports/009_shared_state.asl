# A module runs once: every importer shares its state.
import counter_mod
import user_a
import user_b
from counter_mod import count
print(counter_mod.count, counter_mod.items, count)
counter_mod.bump("main")
print(counter_mod.count, count)
import counter_mod as again
print(again.count, again is counter_mod)
