from counter_mod import bump, items
bump("b")
items.append("b-direct")
