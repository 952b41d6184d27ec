def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    else:
        if n % 2 == 0:
            kind = "even"
        else:
            kind = "odd"
        return kind


class Counter:
  def __init__(self):
      self.n = 0

  def bump(self):
        self.n += 1
        return self.n


for i in range(3):
    print(classify(i))
print(Counter().bump())
