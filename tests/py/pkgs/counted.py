print("counted module body executing")
LOADS = 1
state = []
