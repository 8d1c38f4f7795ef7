import os
d = "_mica_mod_os_tmp"
try:
    for n in os.listdir(d):
        os.remove(d + "/" + n)
    os.rmdir(d)
except OSError:
    pass
print(os.sep, type(os.getcwd()).__name__)
os.mkdir(d)
with open(d + "/a.txt", "w") as f:
    f.write("hello")
os.mkdir(d + "/sub")
print(sorted(os.listdir(d)))
print(sorted((n, t) for n, t, *_ in os.ilistdir(d)))
st = os.stat(d + "/a.txt")
print(st[6], st.st_size, st.st_mode & 0o170000 == 0o100000, os.stat(d).st_mode & 0o170000 == 0o040000)
os.rename(d + "/a.txt", d + "/b.txt")
print(sorted(os.listdir(d)))
cwd = os.getcwd()
os.chdir(d)
print(sorted(os.listdir()), sorted(os.listdir(".")))
os.chdir(cwd)
print(os.getcwd() == cwd)
for fn, args in [(os.mkdir, (d,)), (os.rmdir, (d + "/nope",)), (os.remove, (d + "/nope",)),
                 (os.stat, (d + "/nope",)), (os.listdir, (d + "/nope",)), (os.chdir, (d + "/nope",)),
                 (os.rename, (d + "/nope", d + "/x"))]:
    try:
        fn(*args)
    except OSError as e:
        print(fn.__name__, type(e).__name__, e.errno, e.args[0])
os.remove(d + "/b.txt")
os.rmdir(d + "/sub")
os.rmdir(d)
print(d in os.listdir("."))
print(len(os.urandom(8)), type(os.urandom(0)))
print(os.getenv("MICA_SURELY_UNSET_VAR"), os.getenv("MICA_SURELY_UNSET_VAR", "dflt"))
v = os.statvfs("/")
print(len(v), v[0] > 0)
u = os.uname()
print(len(u) == 5, type(u.sysname).__name__)
