# Circular imports see a partly initialized module, as in CPython.
import circ_a
print(circ_a.A, circ_a.circ_b.B)
