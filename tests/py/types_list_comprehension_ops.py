# list built from comprehensions, nested, and copies
import copy
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid)
print([row[i] for i, row in enumerate(grid)])
print([[row[i] for row in grid] for i in range(3)])
flat = [v for row in grid for v in row if v % 2 == 0]
print(flat)
shallow = list(grid)
shallow[0][0] = "changed"
print(grid[0][0])
deep = copy.deepcopy(grid)
deep[1][1] = "deep"
print(grid[1][1], deep[1][1])
c2 = copy.copy([1, [2]])
print(c2)
print(grid[:] == grid, grid[:] is grid)
