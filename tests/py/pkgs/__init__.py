# helper package for import_*.py tests (not a test itself)
