price = 10
cost = $price
