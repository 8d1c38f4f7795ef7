# A module compiles one top-level statement at a time, yet an error anywhere still
# means nothing of it runs, and the error reported is the one a whole-file compiler
# finds first (tokenizer errors, then syntax, then scope errors, then the rest).

def check(src, run=True):
    try:
        code = compile(src, "<src>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.lineno, e.msg)
        return
    if not run:
        print("compiled")
        return
    g = {}
    exec(code, g)
    print("ran", sorted(k for k in g if not k.startswith("__")))


check("print('first')\nx = 1\ny = (\n")
check("print('first')\nx = 1\n  y = 2\n")
check("if x:\n    pass\n  else:\n    pass\n")
check("x = 1\nfor i in range(3):\n    y = i\n   z = 2\n")
check("x = [1,\ny = 2\n")
check("x = 1\ny = 'abc\n")
check("x = 1\ny = '''abc\n")
check("print('first')\nz = 1 +\n")
check("x = 1\nreturn 2\nx = )\n")
check("x = 1\nglobal x\n")
check("print(x)\nglobal x\n")
check("global x\nx = 1\ndef f():\n    return x\n")
check("def f():\n    nonlocal q\nbreak\n")
check("x = 1\nelse:\n    pass\n")
check("try:\n    pass\nexcept ValueError:\n    pass\nx = 1\nfinally:\n    pass\n")
check("@staticmethod\n\ndef f():\n    pass\n")
check("'doc'\nx = 1\n")
check("a = 1; b = 2; c = a +\n")
check("a = 1\\\n+ 2\nif a:\n    b = 1\n\n# comment\n    \nc = 3")
check("with (open as o, len):\n    pass\nwith (len) as q:\n    pass\n", run=False)
check("x = f'{1 +}'\ny = 1\n")
check("def f():\n    yield 1\nclass C:\n    yield 2\n")
check("x = 1\r\ny = 2\r\nz = (x +\r\n y)\r\n")
check("for i in range(2):\n    pass\nelse:\n    continue\n")
check("")
check("\n\n# only a comment\n")

# exec of source: nothing runs when a later statement is wrong.
try:
    exec("print('never printed')\nx = (1,\n")
except SyntaxError as e:
    print("exec", type(e).__name__, e.lineno)

# A long module of small statements.
src = "".join("v%d = %d\n" % (i, i) for i in range(500))
src += "def total():\n    return " + " + ".join("v%d" % i for i in range(0, 500, 50)) + "\n"
g = {}
exec(src, g)
print(g["v499"], g["total"]())
