# An uncaught exception's last traceback line uses the class's own __str__
class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail

    def __str__(self):
        return "error %d: %s" % (self.code, self.detail)


try:
    raise AppError(3, "bad input")
except AppError as e:
    print(str(e), e.args)
raise AppError(7, "disk full")
