# annotations are accepted (values printed only where stable)
def f(a: int, b: "str" = "x", *args: int, c: float = 1.0, **kw: dict) -> list:
    return [a, b, args, c, kw]
print(f(1), f(2, "y", 3, c=2.0, z=1))
x: int = 5
y: list
print(x)
class C:
    field: int = 3
    other: str
print(C.field, hasattr(C, "other"))
def g() -> None:
    v: int = 1
    return v
print(g())
