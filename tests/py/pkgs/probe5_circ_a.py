from pkgs import probe5_circ_b
A_VALUE = 'a'


def from_b():
    return probe5_circ_b.B_VALUE
