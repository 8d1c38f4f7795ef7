import platform
print(type(platform.platform()).__name__, type(platform.system()).__name__, type(platform.machine()).__name__)
print(platform.python_version().count("."), len(platform.python_version_tuple()), type(platform.python_implementation()).__name__)
