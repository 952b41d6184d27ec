import math
from dataclasses import dataclass

G = 6.674_30e-11
DT = 1e-3


@dataclass
class Body:
    x: float
    y: float
    vx: float = 0.0
    vy: float = 0.0
    m: float = 1.0


def step(bodies: list[Body], dt: float = DT) -> None:
    for a in bodies:
        ax = ay = 0.0
        for b in bodies:
            if a is b:
                continue
            dx, dy = b.x - a.x, b.y - a.y
            r2 = dx * dx + dy * dy + 1e-9
            f = G * b.m / (r2 * math.sqrt(r2))
            ax += f * dx
            ay += f * dy
        a.vx += ax * dt
        a.vy += ay * dt
    for body in bodies:
        body.x += body.vx * dt
        body.y += body.vy * dt


def energy(bodies):
    kinetic = sum(0.5 * b.m * (b.vx ** 2 + b.vy ** 2) for b in bodies)
    potential = -sum(
        G * a.m * b.m / math.hypot(a.x - b.x, a.y - b.y)
        for i, a in enumerate(bodies)
        for b in bodies[i + 1:]
    )
    return kinetic + potential


sun = Body(0, 0, m=1.989e30)
earth = Body(1.496e11, 0, vy=29.78e3, m=5.972e24)
system = [sun, earth]
e0 = energy(system)
for _ in range(1_000):
    step(system, dt=3600.)
print(f"drift: {abs(energy(system) - e0) / abs(e0):.3e}")
