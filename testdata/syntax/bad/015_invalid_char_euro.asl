amount = 5
total = amount €
