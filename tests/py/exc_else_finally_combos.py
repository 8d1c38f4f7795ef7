# try/except/else/finally ordering in many combinations
def run(raise_in, catch):
    log = []
    try:
        try:
            log.append("try")
            if raise_in == "try":
                raise ValueError("t")
        except ValueError:
            log.append("except")
            if raise_in == "except":
                raise KeyError("e")
        else:
            log.append("else")
            if raise_in == "else":
                raise KeyError("el")
        finally:
            log.append("finally")
            if raise_in == "finally":
                raise IndexError("f")
    except Exception as e:
        log.append("outer " + type(e).__name__)
    return log
for where in [None, "try", "except", "else", "finally"]:
    print(where, run(where, True))
def ret_in_else():
    try:
        pass
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("finally after else-return")
print(ret_in_else())
def exc_in_else_not_caught_by_same_try():
    try:
        try:
            pass
        except ValueError:
            return "wrongly caught"
        else:
            raise ValueError("from else")
    except ValueError as e:
        return "outer caught " + str(e)
print(exc_in_else_not_caught_by_same_try())
