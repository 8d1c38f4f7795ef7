srcs = [
    "x = = 1",
    "def f(:\n pass",
    "return 5",
    "break",
    "continue",
    "f(x for x in y, 1)",
    "a + 1 = 2",
    "del f()",
    "x = 1 +",
    "if True:\npass",
    "  x = 1",
    "def f(a, a): pass",
    "nonlocal x",
    "def f():\n global x\n x = 1\n nonlocal y",
    "f(**a, *b)",
    "f(a=1, 2)",
    "yield = 3",
    "lambda: (yield)",
    "class C:\n return 1",
    "(a, b) += 1",
    "[x for x in 1 2]",
    "'unterminated",
    "x = 08",
    "def f(a=1, b): pass",
    "async = 1",
    "True = 1",
    "None = 1",
    "f() = 1",
    "a, *b, *c = d",
    "x := 1",
    "def f(*): pass",
    "import",
    "from x import",
    "1 if 2",
    "{**a for a in b}",
]
for s in srcs:
    try:
        compile(s, "<test>", "exec")
        print("compiled", repr(s))
    except SyntaxError as e:
        print("SyntaxError", repr(s))
