class Evil:
    def __len__(self): return -1
    def __index__(self): return 2 ** 70
    def __hash__(self): return 2 ** 70
    def __eq__(self, o): raise RuntimeError("eq")
    def __lt__(self, o): return "yes"
    def __repr__(self): return 42
    def __iter__(self): return self
    def __next__(self): raise ValueError("next")
    def __bool__(self): return 2
e = Evil()
for op in (lambda: len(e), lambda: [1][e], lambda: hash(e), lambda: {e: 1}, lambda: e == e, lambda: e in [1],
           lambda: sorted([e, e]), lambda: repr(e), lambda: list(e), lambda: bool(e), lambda: "ab" * e,
           lambda: range(e), lambda: max(e, e), lambda: [e] == [e], lambda: {e} | {1}):
    try:
        r = op()
        print("ok", type(r).__name__)
    except Exception as ex:
        print(type(ex).__name__)
