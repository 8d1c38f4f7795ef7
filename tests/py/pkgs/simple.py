VALUE = "simple value"
