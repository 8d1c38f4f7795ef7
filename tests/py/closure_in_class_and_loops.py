# closures interacting with classes, loops and defaults
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
def make_accumulators():
    accs = []
    for start in (0, 100):
        total = [start]
        def acc(v, total=total):
            total[0] += v
            return total[0]
        accs.append(acc)
    return accs
a, b = make_accumulators()
print(a(1), a(2), b(5), b(5))
class Button:
    def __init__(self, label):
        self.label = label
        self.handlers = []
    def on_click(self, fn):
        self.handlers.append(fn)
        return fn
    def click(self):
        return [h(self) for h in self.handlers]
btn = Button("OK")
prefix = "clicked"
@btn.on_click
def handler(b):
    return prefix + " " + b.label
prefix = "pressed"
print(btn.click())
def method_factory():
    secret = "s3cret"
    class Holder:
        def reveal(self):
            return secret
    return Holder
print(method_factory()().reveal())
