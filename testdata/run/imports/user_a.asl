import counter_mod
counter_mod.bump("a")
