"""Module docstring."""
# comments and docstrings in various places
print(__doc__)
def f():
    """Function docstring."""
    # a comment
    return 1  # trailing comment
print(f(), f.__doc__)
class C:
    """Class docstring."""
    def m(self):
        "method doc"
        return 2
print(C.__doc__, C().m(), C.m.__doc__)
def no_doc():
    x = 1
    "not a docstring"
    return x
print(no_doc.__doc__)
x = 1  # comment after code
# comment at end
