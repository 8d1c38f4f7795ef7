# circular imports see partially initialised modules
import pkgs.circ_a as a
import pkgs.circ_b as b
print(b.SEEN_EARLY, b.SEEN_LATE)
print(a.a_func(), a.A_LATE)
print(b.circ_a is a)
