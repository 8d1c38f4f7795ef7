def a():
    b()
def b():
    c()
def c():
    return [1, 2][5]
print("start")
a()
