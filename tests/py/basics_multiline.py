# implicit/explicit line continuation, semicolons, comments
total = (1 +
         2 +
         3)
print(total)
lst = [
    1,
    2,  # comment
    3,
]
print(lst)
d = {
    "a": 1,
    "b": 2,
}
print(d)
x = 1 + \
    2
print(x)
a = 1; b = 2; print(a + b)
if a: print("one-line if")
for i in range(2): print("one-line for", i)
def f(a,
      b=2,
      *c):
    return a, b, c
print(f(1,
        3,
        4))
s = ("implicit "
     "join")
print(s)
