print("broken_mod runs")
raise ValueError("broken at import")
