# itertools building blocks and string constants
import itertools as it
from itertools import *
import string
print(string.ascii_letters, string.digits, string.punctuation, string.hexdigits, string.capwords("hello  big world"))
print(list(it.islice(it.count(5, 2), 4)), list(islice(cycle("ab"), 5)), list(repeat(7, 3)), list(islice(repeat(1), 2)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4], max)), list(accumulate([1, 2], initial=10)), list(accumulate([])))
print(list(chain([1], "ab", (2,))), list(chain.from_iterable([[1], [2, 3]])), list(compress("abcd", [1, 0, 1, 0])))
print(list(dropwhile(lambda x: x < 3, [1, 4, 2, 5])), list(takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(filterfalse(lambda x: x % 2, range(6))))
print([(k, list(g)) for k, g in groupby("aaabbcaa")], [(k, len(list(g))) for k, g in groupby([1, 2, 3, 4, 5], key=lambda x: x > 2)])
print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 5)), list(islice("abcdefg", 1, None, 2)), list(islice(range(10), 0, 9, 3)))
print(list(starmap(pow, [(2, 3), (3, 2)])), [list(t) for t in tee([1, 2], 2)], list(zip_longest("ab", "xyz", fillvalue="-")))
print(list(product("ab", [1, 2])), list(product([0, 1], repeat=2)), len(list(product(range(3), repeat=3))))
print(list(permutations([1, 2, 3])), list(permutations("abc", 2)), list(permutations([], 0)), list(permutations([1], 2)))
print(list(combinations("abcd", 2)), list(combinations(range(4), 3)), list(combinations([1, 2], 0)), list(combinations([1], 2)))
print(list(combinations_with_replacement("abc", 2)), list(pairwise([1, 2, 3, 4])), list(pairwise([1])))
print(sum(1 for _ in permutations(range(5))), next(it.count()), list(zip(it.count(1), "abc")))
