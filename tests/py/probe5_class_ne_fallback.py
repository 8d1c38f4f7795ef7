# `!=` without `__ne__`: object.__ne__ inverts `__eq__`, on both sides, reflected too.
class A:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print('A.eq')
        return NotImplemented

class B:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print('B.eq')
        return self.v == o.v

print(A(1) != B(1))
print(B(1) != A(1))
print(B(1) != B(2))
print(A(1) != A(1))
a = A(1)
print(a != a)

class S(B):
    def __eq__(self, o):
        print('S.eq')
        return False
print(B(1) != S(1))
print(S(1) != B(1))

class N:
    def __ne__(self, o):
        print('N.ne')
        return NotImplemented
print(N() != N())

class T:
    def __eq__(self, o):
        return 'truthy'
print(T() != T(), T() == T())
print([B(1)] != [B(1)], (B(1),) != (B(2),))
