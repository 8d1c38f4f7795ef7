# exit()/quit() raise SystemExit; a program can catch it.
for f in (exit, quit):
    try:
        f(3)
    except SystemExit as e:
        print("SystemExit", e.code, e.args)
try:
    exit()
except SystemExit as e:
    print("no code", e.code)
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__)
print("before")
exit(0)
print("not reached")
