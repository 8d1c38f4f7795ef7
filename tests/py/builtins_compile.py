# compile
c = compile("1 + 2", "<string>", "eval")
print(eval(c), type(c).__name__)
c2 = compile("a = 5\nb = a * 2", "<s>", "exec")
ns = {}
exec(c2, ns)
print(ns["a"], ns["b"])
c3 = compile("print('single mode')", "<s>", "single")
exec(c3)
try:
    compile("1 +", "<s>", "eval")
except SyntaxError as e:
    print("SyntaxError")
try:
    compile("x = 1", "<s>", "eval")
except SyntaxError:
    print("SyntaxError")
try:
    compile("1", "<s>", "bogus")
except ValueError:
    print("ValueError")
loop = compile("total = 0\nfor i in range(5):\n    total += i\n", "loop", "exec")
for _ in range(2):
    d = {}
    exec(loop, d)
    print(d["total"])
print(eval(compile("[i for i in 'ab']", "", "eval")))
