print("circ_b start")
import circ_a
B = "b"
print("circ_b sees circ_a partly:", hasattr(circ_a, "A"))
