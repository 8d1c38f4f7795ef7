# __name__ == "__main__" and module-level globals
print(__name__)
if __name__ == "__main__":
    print("running as main")
else:
    print("imported")
def main():
    return "main called"
if __name__ == "__main__":
    print(main())
g = globals()
print(g["__name__"])
print("main" in g)
X = 1
g["Y"] = 42
print(Y)
print(type(g).__name__)
