# -*- coding: utf-8 -*-
print("x")
z = "ok√("
