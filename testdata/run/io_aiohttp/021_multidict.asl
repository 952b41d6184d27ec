# The multidict module on its own: MultiDict, CIMultiDict, the read-only
# proxies, repeated keys, case-insensitive lookups and errors.
from multidict import MultiDict, CIMultiDict, MultiDictProxy, CIMultiDictProxy, istr

d = MultiDict([('a', 1), ('b', 2), ('a', 3)])
print(d, len(d), list(d), d.keys(), d.values(), d.items())
print(d['a'], d.getall('a'), d.getone('b'), d.get('zz'), d.get('zz', 0), 'a' in d, 'A' in d)
for call in [lambda: d['zz'], lambda: d.getall('zz'), lambda: d.getone('zz')]:
    try:
        call()
    except KeyError as e:
        print('KeyError', e)
print(d.getall('zz', []), d.getone('zz', 'dflt'))
d.add('c', 4)
d['a'] = 10
print(d)
d.extend([('b', 5)], e=6)
print(d, len(d))
d.update(b=7)
print(d)
print(d.popone('b', None), d.popall('a', None), d.pop('c'), d)
print(d.setdefault('e', 0), d.setdefault('f', 9), d)
del d['f']
print(d, d.copy() == d, d == MultiDict(e=6), d != MultiDict(e=7))
try:
    del d['nope']
except KeyError as e:
    print('KeyError', e)

h = CIMultiDict({'Content-Type': 'text/plain'})
h.add('X-Tag', 'a')
h.add('x-tag', 'b')
print(h, h['content-type'], h['CONTENT-TYPE'], h.getall('X-TAG'), 'x-TaG' in h)
h['X-TAG'] = 'only'
print(h, len(h))
print(sorted(h.keys()), list(h.items()))
p = CIMultiDictProxy(h)
print(p, p['x-tag'], p.get('missing', '-'), len(p))
try:
    p['a'] = 1
except TypeError as e:
    print('TypeError', e)
try:
    del p['x-tag']
except TypeError as e:
    print('TypeError', e)
try:
    MultiDictProxy({'a': 1})
except TypeError as e:
    print('TypeError', e)
print(MultiDictProxy(MultiDict(a=1)), MultiDict(a=1) == {'a': 1}, CIMultiDict(a=1) == {'a': 1})
s = istr('Content-Length')
print(s, isinstance(s, str), s == 'Content-Length', CIMultiDict([(s, '5')])['content-length'])
print(bool(MultiDict()), bool(MultiDict(a=1)), MultiDict(), CIMultiDict())
print(p.copy(), type(p.copy()).__name__)
