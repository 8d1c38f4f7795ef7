print("circ_b start")
from pkgs import circ_a
B_VALUE = "b-value"
SEEN_EARLY = getattr(circ_a, "A_EARLY", "missing")
SEEN_LATE = getattr(circ_a, "A_LATE", "missing")
print("circ_b end")
