import sys
for i in range(3):
    print("line", i)
sys.stdout.flush()
x = None
x.attribute
