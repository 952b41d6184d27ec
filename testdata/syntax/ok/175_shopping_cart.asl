from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, ROUND_HALF_UP
from typing import Iterable


@dataclass(frozen=True)
class Product:
    sku: str
    name: str
    price: Decimal
    tags: frozenset[str] = frozenset()


@dataclass
class LineItem:
    product: Product
    qty: int = 1

    @property
    def total(self) -> Decimal:
        return self.product.price * self.qty


@dataclass
class Cart:
    items: dict[str, LineItem] = field(default_factory=dict)
    discount_codes: list[str] = field(default_factory=list)

    def add(self, product: Product, qty: int = 1) -> Cart:
        if (line := self.items.get(product.sku)) is not None:
            line.qty += qty
        else:
            self.items[product.sku] = LineItem(product, qty)
        return self

    def extend(self, products: Iterable[tuple[Product, int]]) -> Cart:
        for product, qty in products:
            self.add(product, qty)
        return self

    def subtotal(self) -> Decimal:
        return sum((li.total for li in self.items.values()), Decimal(0))

    def total(self, tax_rate: Decimal = Decimal("0.2")) -> Decimal:
        discount = Decimal("0.1") if "SAVE10" in self.discount_codes else Decimal(0)
        raw = self.subtotal() * (1 - discount) * (1 + tax_rate)
        return raw.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


apple = Product("A1", "Apple", Decimal("0.50"), frozenset({"fruit"}))
pear = Product("P1", "Pear", Decimal("0.75"))
cart = Cart().add(apple, 3).extend([(pear, 2), (apple, 1)])
cart.discount_codes.append("SAVE10")
print(f"{cart.subtotal()} -> {cart.total()}")
