print("raises_on_import executing")
raise ValueError("module failed during import")
