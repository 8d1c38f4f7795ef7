# exit() and quit() raise SystemExit like sys.exit(); the code becomes the exit status
for f in (exit, quit):
    try:
        f(4)
    except SystemExit as e:
        print(type(e).__name__, e.code, e.args)
try:
    exit()
except SystemExit as e:
    print("no code:", e.code, e.args)
print("leaving")
exit(3)
print("not reached")
