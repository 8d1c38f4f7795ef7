name, value, items = "mica", 3.14159, [1, 2, 3]
print(f"{name!r:>10} {value:.3f} {items[1:]} {len(items) * 2:05d} {{literal}}")
print(f"{'nested ' + f'{value:.1f}'} {value=:.2f} {name.upper():^12}|")
print(format(1234.5678, ",.2f"), format(-42, "+08d"), format("x", "*^7"), format(3, "b"))
width = 8
print(f"{value:{width}.{2}f}|{name:<{width}}|")
print("{:>{}}".format("r", 4), "{0[1]} {1[k]}".format(items, {"k": "v"}))
