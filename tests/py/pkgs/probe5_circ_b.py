from pkgs import probe5_circ_a
try:
    probe5_circ_a.A_VALUE
except AttributeError as e:
    print('during import:', e)
B_VALUE = 'b'
