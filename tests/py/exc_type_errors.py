# TypeError from operations on wrong types (messages that are stable)
def show(f):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
show(lambda: 1 + "a")
show(lambda: "a" + 1)
show(lambda: [] + ())
show(lambda: 1 < "a")
show(lambda: len(1))
show(lambda: hash([]))
show(lambda: {}[[]])
show(lambda: iter(1))
show(lambda: -[])
show(lambda: "a" * "b")
nothing, one = None, 1
show(lambda: nothing[0])
show(lambda: one[0])
