# Source bytes that are not UTF-8: CPython's tokenizer decodes each name and each
# piece of a string literal on its own; such bytes in comments are no error.
cases = [
    b"x = 1\n\xff\n",
    b"x = 1 \xff\n",
    b'x = "a" + "bc\xff"\n',
    b'x = """ab\ncd\xff"""\n',
    b"x = ab\xffc\n",
    b'x = "a\\n\xff"\n',
    b'x = "\xc3"\n',
    b"x = 'ab' + b'\xff'\n",
    b'x = "\xe9\xe9"\n',
]
for src in cases:
    try:
        compile(src, "f", "exec")
        print("compiled")
    except SyntaxError as e:
        print(e.lineno, e.args[0])
    try:
        exec(src)
    except SyntaxError as e:
        print("exec", e.lineno, e.args[0])

ns = {}
exec(b"y = 2  # caf\xe9\n", ns)
print(ns["y"])
print(eval(compile(b"1 + 1 # \xff", "f", "eval")))
