DEEP = "deep package"
