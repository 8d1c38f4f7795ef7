with open("/tmp/mica_open_test.txt", "w") as f:
    print(f.write("hello\nworld\n"), f.write("é!"))
with open("/tmp/mica_open_test.txt") as f:
    print(f.readline(), end="")
    print(f.read(3), f.tell())
    print(f.read())
for line in open("/tmp/mica_open_test.txt"):
    print(repr(line))
with open("/tmp/mica_open_test.txt", "rb") as f:
    print(f.read(4), f.read())
with open("/tmp/mica_open_test.txt", "a") as f:
    f.write("more")
print(open("/tmp/mica_open_test.txt").readlines())
try:
    open("/nonexistent/x")
except OSError as e:
    print(type(e).__name__, e.errno)
f = open("/tmp/mica_open_test.txt"); f.close()
try:
    f.read()
except ValueError as e:
    print(e)
