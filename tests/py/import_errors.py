# ImportError / ModuleNotFoundError
try:
    import nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    import pkgs.nope_sub
except ImportError as e:
    print(type(e).__name__, e)
try:
    from pkgs.simple import not_there
except ImportError as e:
    print(type(e).__name__)
try:
    import pkgs.imports_missing
except ImportError as e:
    print(type(e).__name__, e)
import sys
print("pkgs.imports_missing" in sys.modules)
try:
    import pkgs.raises_on_import
except ValueError as e:
    print("ValueError", e)
print("pkgs.raises_on_import" in sys.modules)
try:
    import pkgs.raises_on_import
except ValueError as e:
    print("ValueError again", e)
print(issubclass(ModuleNotFoundError, ImportError))
