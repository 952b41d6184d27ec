# aiohttp.helpers: what the client and the server share (URL, HttpVersion,
# content-type parsing, query encoding).

import _aiohttp
from collections import namedtuple
from multidict import MultiDict, MultiDictProxy

HttpVersion = namedtuple('HttpVersion', ['major', 'minor'])
HttpVersion10 = HttpVersion(1, 0)
HttpVersion11 = HttpVersion(1, 1)

SERVER_SOFTWARE = 'Python/3.11 aiohttp/3.8.4'

_QUERY_SAFE = "?/:@!$'()*,"


def parse_mimetype_params(header):
    """('type/subtype', {'charset': ...}) of a Content-Type value."""
    if not header:
        return 'application/octet-stream', {}
    parts = header.split(';')
    mimetype = parts[0].strip().lower()
    params = {}
    for item in parts[1:]:
        if not item.strip():
            continue
        key, sep, value = item.partition('=')
        params[key.strip().lower()] = value.strip(' "')
    return mimetype, params


def _query_var(v):
    if isinstance(v, str):
        return v
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise TypeError(
            'Invalid variable type: value should be str, int or float, '
            f'got {v!r} of type {type(v)}')
    if isinstance(v, float):
        if v != v or v in (float('inf'), float('-inf')):
            raise ValueError('float inf/nan are not supported')
        return str(float(v))
    return str(int(v))


def encode_query(params):
    """A query string from a dict, a list of pairs, a MultiDict or a str,
    quoted as yarl's URL.with_query does."""
    if params is None:
        return ''
    if isinstance(params, str):
        return _aiohttp.quote(params, _QUERY_SAFE + '=&+%')
    if hasattr(params, 'items'):
        pairs = list(params.items())
    else:
        pairs = list(params)
    out = []
    for k, v in pairs:
        if isinstance(v, (list, tuple)):
            vals = v
        else:
            vals = [v]
        for one in vals:
            out.append(_aiohttp.quote(k, _QUERY_SAFE).replace('%20', '+') + '=' +
                       _aiohttp.quote(_query_var(one), _QUERY_SAFE).replace('%20', '+'))
    return '&'.join(out)


class URL:
    """A small stand-in for yarl.URL: parts, str and repr."""
    __module__ = 'yarl'

    def __init__(self, val=''):
        self._val = str(val)
        rest = self._val
        self._scheme = ''
        self._authority = ''
        if '://' in rest:
            self._scheme, rest = rest.split('://', 1)
            cut = len(rest)
            for ch in '/?#':
                i = rest.find(ch)
                if 0 <= i < cut:
                    cut = i
            self._authority, rest = rest[:cut], rest[cut:]
        rest, _, self._fragment = rest.partition('#')
        self._raw_path, _, self._raw_query = rest.partition('?')

    def __str__(self):
        return self._val

    def __repr__(self):
        return f"URL('{self._val}')"

    def __eq__(self, other):
        return isinstance(other, URL) and self._val == other._val

    def __hash__(self):
        return hash(self._val)

    @property
    def scheme(self):
        return self._scheme

    @property
    def host(self):
        if not self._authority:
            return None
        hostport = self._authority.rpartition('@')[2]
        if hostport.startswith('['):
            return hostport[1:].partition(']')[0]
        return hostport.partition(':')[0]

    @property
    def port(self):
        if not self._authority:
            return None
        hostport = self._authority.rpartition('@')[2]
        if hostport.startswith('['):
            hostport = hostport.partition(']')[2]
        _, sep, port = hostport.rpartition(':')
        if sep and port.isdigit():
            return int(port)
        return {'http': 80, 'https': 443, 'ws': 80, 'wss': 443}.get(self._scheme)

    @property
    def raw_path(self):
        if not self._raw_path and self._authority:
            return '/'
        return self._raw_path

    @property
    def path(self):
        return _aiohttp.unquote(self.raw_path)

    @property
    def raw_query_string(self):
        return self._raw_query

    @property
    def query_string(self):
        return _aiohttp.unquote_query(self._raw_query)

    @property
    def query(self):
        return MultiDictProxy(MultiDict(_aiohttp.parse_qsl(self._raw_query)))

    @property
    def path_qs(self):
        if self._raw_query:
            return self.path + '?' + self.query_string
        return self.path

    @property
    def raw_path_qs(self):
        if self._raw_query:
            return self.raw_path + '?' + self._raw_query
        return self.raw_path

    @property
    def fragment(self):
        return self._fragment

    @property
    def name(self):
        return self.path.rpartition('/')[2]

    def is_absolute(self):
        return bool(self._authority)

    def with_query(self, *args, **kwargs):
        params = args[0] if args else kwargs
        base = self._val.partition('#')[0].partition('?')[0]
        q = encode_query(params)
        return URL(base + ('?' + q if q else ''))

    def join(self, other):
        other = str(other)
        if '://' in other:
            return URL(other)
        if other.startswith('/'):
            return URL(f'{self._scheme}://{self._authority}{other}')
        base = self._val.partition('#')[0].partition('?')[0]
        return URL(base.rpartition('/')[0] + '/' + other)
