# Match.lastindex/lastgroup with nested and sibling groups (the group that closed last)
import re
for pat, s in [(r'(?P<NUM>\d+(\.\d*)?)', '1.5'), (r'(a)(b*)', 'a'), (r'(a)(b)?', 'a'), (r'((a)|b)+', 'ab'), (r'(?:(a)|(b))', 'b'),
               (r'(a(b(c)))', 'abc'), (r'(a)|(b)', 'b'), (r'([()])(x)', '(x'), (r'\((a)\)', '(a)'), (r'(?P<x>a)(?P=x)', 'aa'),
               (r'(?=(a))a', 'a'), (r'(a)(?#c(omment)(b)', 'ab'), (r'[(](a)', '(a'), (r'(x)(y)?(z)?', 'x'), (b'(a(b))', b'ab')]:
    m = re.search(pat, s)
    print(pat, m.lastindex, m.lastgroup)
spec = [('NUM', r'\d+(\.\d*)?'), ('ID', r'[a-z]+'), ('OP', r'[-+*/()=]'), ('WS', r'\s+')]
pat = '|'.join('(?P<%s>%s)' % p for p in spec)
print([(m.lastgroup, m.group()) for m in re.finditer(pat, 'x = 10.5 * (y + 3)') if m.lastgroup != 'WS'])
