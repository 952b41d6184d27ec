class Καλάθι:
    """Greek shopping basket."""

    def __init__(self, *, προϊόντα=None, έκπτωση=0.0):
        self.προϊόντα = list(προϊόντα or [])
        self.έκπτωση = έκπτωση

    def σύνολο(self):
        return sum(τιμή for _, τιμή in self.προϊόντα) * (1 - self.έκπτωση)


π = 3.14159
τ = 2 * π
半径 = 2.0
面积 = π * 半径 ** 2
print(f"{面积:.2f} {π=:.3f} {τ!r}")
καλάθι = Καλάθι(προϊόντα=[("μήλο", 1.2)], έκπτωση=0.1)
print(καλάθι.σύνολο())
straße = {"größe": 3}
größe = straße["größe"]
ﬁle = "ligature normalises to file"
𝔘𝔫𝔦𝔠𝔬𝔡𝔢 = "mathematical fraktur"
ᵢ = "modifier letter"
