# Deeply nested source is a clean exception, never a crash; 200 levels are fine.
import re


def check(name, f):
    try:
        r = f()
        print(name, "ok", r)
    except RecursionError as e:
        print(name, "RecursionError", str(e).startswith("maximum recursion depth exceeded"))
    except SyntaxError as e:
        print(name, type(e).__name__, e.msg)


def nested(open_, middle, close, n):
    return open_ * n + middle + close * n


# 200 levels of each kind of nesting work.
check("parens 200", lambda: eval(nested("(", "1", ")", 200)))
check("lists 200", lambda: len(str(eval(nested("[", "1", "]", 200)))))
check("calls 200", lambda: eval(nested("abs(", "-1", ")", 200)))
check("unary 200", lambda: eval(nested("-", "1", "", 200)))
check("not 200", lambda: eval(nested("not ", "1", "", 200)))
check("lambda calls 100", lambda: eval(nested("(lambda: ", "1", ")()", 100)))
check("subscripts 199", lambda: eval(nested("[", "[1]", "][0]", 199)))
check("mixed 200", lambda: eval(nested("(1 + -(", "2", ") * 3)", 100)))
check("chain 2000", lambda: eval("1" + " + 1" * 2000))
src = "".join(" " * i + "if x:\n" for i in range(99)) + " " * 99 + "y = 1\n"
check("blocks 99", lambda: exec(src, {"x": True}))

# Too deep: the same exception class as CPython. (Sources of 10,000 levels: a
# hundred thousand tokens would be too big for the default heap, a MemoryError.)
check("parens 100000", lambda: eval("(" * 100000))
check("lists 100000", lambda: eval("[" * 100000 + "]" * 100000))
check("compile parens", lambda: compile("x = " + "(" * 100000, "s", "exec"))
check("chain 10000", lambda: eval("1" + "+1" * 10000))
check("attributes", lambda: eval("a" + ".b" * 10000, {"a": None}))
check("calls 10000", lambda: eval("f" + "()" * 10000, {"f": None}))
src = "".join(" " * i + "if 1:\n" for i in range(1000)) + " " * 1000 + "pass\n"
check("blocks 1000", lambda: exec(src))
check("re groups", lambda: re.compile("(" * 100000 + "a" + ")" * 100000))


# Nesting whose error class differs (CPython 3.11 raises MemoryError for some).
def error_class(src):
    try:
        compile(src, "s", "eval")
        return "ok"
    except (RecursionError, MemoryError, SyntaxError):
        return "error"


print("unary 10000", error_class("-" * 10000 + "1"))
print("not 10000", error_class("not " * 10000 + "1"))
print("lambda 10000", error_class("lambda: " * 10000 + "1"))
print("still fine", eval(nested("(", "6 * 7", ")", 50)), eval("-" * 20 + "1"))
