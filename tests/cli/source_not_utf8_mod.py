# a module
y = "ÿþ"
