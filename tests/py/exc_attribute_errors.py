# AttributeError messages for common cases
def show(f):
    try:
        f()
    except AttributeError as e:
        print("AttributeError:", e)
class K:
    pass
k = K()
show(lambda: k.missing)
show(lambda: K.missing)
show(lambda: [].missing)
show(lambda: "s".missing)
show(lambda: (1).missing)
show(lambda: None.missing)
show(lambda: {}.missing)
show(lambda: setattr(1, "x", 2))
def del_missing():
    del k.nope
show(del_missing)
