# exception hierarchy checks
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (ArithmeticError, Exception),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (ModuleNotFoundError, ImportError), (ImportError, Exception), (UnboundLocalError, NameError),
    (FileNotFoundError, OSError), (PermissionError, OSError), (TimeoutError, OSError),
    (NotImplementedError, RuntimeError), (RecursionError, RuntimeError), (IndentationError, SyntaxError),
    (UnicodeDecodeError, UnicodeError), (UnicodeError, ValueError), (StopIteration, Exception),
    (StopAsyncIteration, Exception), (GeneratorExit, BaseException), (GeneratorExit, Exception),
    (KeyboardInterrupt, Exception), (SystemExit, Exception), (SystemExit, BaseException),
    (Exception, BaseException), (AssertionError, Exception), (AttributeError, Exception),
    (TypeError, ValueError), (EOFError, Exception), (MemoryError, Exception), (BaseException, object),
]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
print(EnvironmentError is OSError, IOError is OSError)
try:
    {}["x"]
except LookupError as e:
    print("LookupError caught", type(e).__name__)
try:
    1 / 0
except ArithmeticError as e:
    print("ArithmeticError caught", type(e).__name__)
try:
    import nonexistent_module_abc
except ImportError as e:
    print("ImportError caught", type(e).__name__)
