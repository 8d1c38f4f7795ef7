# augmented assignment targets and semantics
lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias, lst is alias)
t = (1, 2)
talias = t
t += (3,)
print(t, talias)
s = "ab"
s *= 3
print(s)
d = {"k": 1}
d["k"] += 5
print(d)
class O:
    pass
o = O()
o.x = 10
o.x -= 3
print(o.x)
m = [[0, 0], [0, 0]]
m[1][0] += 7
print(m)
calls = []
def idx():
    calls.append("idx")
    return 0
arr = [5]
arr[idx()] += 1
print(arr, calls)
n = 7
n **= 2
n //= 5
n %= 4
print(n)
st = {1, 2}
st |= {3}
st &= {2, 3, 4}
st -= {9}
st ^= {5}
print(sorted(st))
b = bytearray(b"x")
b += b"yz"
print(b)
f = 1.5
f *= 2
f /= 4
print(f)
try:
    un = None
    un += 1
except TypeError:
    print("TypeError")
