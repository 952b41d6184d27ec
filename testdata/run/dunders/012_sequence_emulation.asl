class Deck:
    ranks = "A23456789TJQK"
    def __init__(self):
        self.cards = [r + s for s in "SH" for r in self.ranks]
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __setitem__(self, i, v):
        self.cards[i] = v
d = Deck()
print(len(d), d[0], d[-1], d[3:6], d[::13])
print("QH" in d, "ZZ" in d, list(reversed(d))[:3])
d[0] = "JOKER"
print(d[0], [c for c in d if c.startswith("K")])
print(sorted(d, key=lambda c: c[::-1])[:4])
