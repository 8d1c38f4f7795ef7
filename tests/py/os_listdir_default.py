# os.listdir() and os.listdir(None) both list the current directory.
import os

d = "_mica_os_listdir_default"
try:
    os.mkdir(d)
except OSError:
    pass
cwd = os.getcwd()
os.chdir(d)
for n in ("b.txt", "a.txt"):
    with open(n, "w") as f:
        f.write(n)
print(sorted(os.listdir()), sorted(os.listdir(None)), sorted(os.listdir(".")))
print(os.listdir() == os.listdir(None))
for n in ("a.txt", "b.txt"):
    os.remove(n)
print(os.listdir(None))
os.chdir(cwd)
os.rmdir(d)
print(d in os.listdir(None))
