# ordering of finally blocks with nested functions and generators
log = []
def a():
    try:
        log.append("a-try")
        b()
    finally:
        log.append("a-finally")
def b():
    try:
        log.append("b-try")
        raise RuntimeError("deep")
    finally:
        log.append("b-finally")
try:
    a()
except RuntimeError as e:
    log.append("caught " + str(e))
print(log)
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for v in gen():
    print(v)
    break
print("after break")
g = gen()
next(g)
g.close()
print("closed")
