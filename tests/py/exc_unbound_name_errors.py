# NameError and UnboundLocalError
def f():
    print(x_local)
    x_local = 1
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError", isinstance(e, NameError))
try:
    undefined_global_name
except NameError as e:
    print("NameError", e)
def g():
    return missing_in_function
try:
    g()
except NameError as e:
    print("NameError", e)
def h(flag):
    if flag:
        v = 1
    return v
print(h(True))
try:
    h(False)
except UnboundLocalError:
    print("UnboundLocalError")
try:
    del never_defined
except NameError as e:
    print("NameError", e)
x = 1
def i():
    x += 1
try:
    i()
except UnboundLocalError:
    print("UnboundLocalError augassign")
