# The builtins module is the namespace every module falls back to: names added or
# replaced through it are seen by global lookups everywhere.
import builtins

print(builtins.__name__, builtins.len is len, builtins.print is print)
builtins.shared_value = 5
print(shared_value)


def uses_shared():
    return shared_value * 2


print(uses_shared())
orig_len = builtins.len
builtins.len = lambda x: -1
print(len([1, 2, 3]))
builtins.len = orig_len
print(len([1, 2, 3]))
del builtins.shared_value
try:
    uses_shared()
except NameError as e:
    print("NameError", e)
print(hasattr(builtins, "shared_value"), "abs" in dir(builtins))
shadow = 1
print(shadow, getattr(builtins, "shadow", "absent"))
