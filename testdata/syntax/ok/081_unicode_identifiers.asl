café = "coffee"
π = 3.14159
变量 = 42
ñ = "eñe"
Σ = sum
λx = lambda x: x
naïve_résumé = True
μέγεθος = len([1, 2, 3])
переменная = "russian"
名前 = "名前"
_ü = 1
ẞ = "sharp"


def área(radio):
    return π * radio ** 2


class Café:
    def __init__(self, préférence):
        self.préférence = préférence

    def décrire(self):
        return f"{self.préférence} à {café}"


print(área(2), Café("noir").décrire(), 变量, ñ)
Δt = 0.1
ℌ = "fraktur h"
