# aiohttp.web: responses. StreamResponse sends its headers on prepare()
# and its body piece by piece (_aiohttp.start/write/finish); Response is
# sent whole once its handler returns (_aiohttp.respond).

import _aiohttp
import json as _json
from multidict import CIMultiDict, CIMultiDictProxy, MultiDict, MultiDictProxy, istr
from aiohttp.helpers import HttpVersion, HttpVersion10, HttpVersion11, URL, parse_mimetype_params

_REASONS = {
    100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
    200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information',
    204: 'No Content', 205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status',
    208: 'Already Reported', 226: 'IM Used',
    300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other',
    304: 'Not Modified', 305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
    400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden',
    404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable',
    407: 'Proxy Authentication Required', 408: 'Request Timeout', 409: 'Conflict', 410: 'Gone',
    411: 'Length Required', 412: 'Precondition Failed', 413: 'Request Entity Too Large',
    414: 'Request-URI Too Long', 415: 'Unsupported Media Type',
    416: 'Requested Range Not Satisfiable', 417: 'Expectation Failed', 418: "I'm a Teapot",
    421: 'Misdirected Request', 422: 'Unprocessable Entity', 423: 'Locked',
    424: 'Failed Dependency', 425: 'Too Early', 426: 'Upgrade Required',
    428: 'Precondition Required', 429: 'Too Many Requests',
    431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
    500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway',
    503: 'Service Unavailable', 504: 'Gateway Timeout', 505: 'HTTP Version Not Supported',
    506: 'Variant Also Negotiates', 507: 'Insufficient Storage', 508: 'Loop Detected',
    510: 'Not Extended', 511: 'Network Authentication Required',
}


_TEXT_PLAIN = 'text/plain; charset=utf-8'
_TEXT_PLAIN_HEADERS = (('Content-Type', _TEXT_PLAIN),)


_COOKIE_LEGAL = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789' + "!#$%&'*+-.^_`|~:")


def _cookie_quote(value):
    # http.cookies' quoting: legal values as they are, others in quotes
    if value and all(c in _COOKIE_LEGAL for c in value):
        return value
    out = []
    for c in value:
        if c == '"' or c == '\\':
            out.append('\\' + c)
        elif c in _COOKIE_LEGAL or ' ' <= c <= '~':
            out.append(c)
        else:
            out.append('\\%03o' % ord(c))
    return '"' + ''.join(out) + '"'


class StreamResponse:
    """A response whose body is written piece by piece after prepare()."""
    __module__ = 'aiohttp.web_response'
    _length_check = True
    # defaults an instance overrides once they change
    _req = None
    _eof_sent = False
    _state = None
    _chunked = False
    _keep_alive = None
    _hdrs = None
    _ct = None
    _body = None

    def __init__(self, *, status=200, reason=None, headers=None):
        self._body = None
        self._req = None
        self._eof_sent = False
        self._state = None
        self._chunked = False
        self._keep_alive = None
        self._ct = None
        if headers is not None:
            self._hdrs = CIMultiDict(headers)
        else:
            self._hdrs = CIMultiDict()
        self.set_status(status, reason)

    @property
    def prepared(self):
        return self._req is not None

    @property
    def task(self):
        return None

    @property
    def status(self):
        return self._status

    @property
    def reason(self):
        return self._reason

    @property
    def chunked(self):
        return self._chunked

    @property
    def keep_alive(self):
        return self._keep_alive

    def force_close(self):
        self._keep_alive = False

    def set_status(self, status, reason=None):
        if self._req is not None:
            raise AssertionError('Cannot change the response status code after the headers have been sent')
        self._status = int(status)
        if reason is None:
            reason = _REASONS.get(self._status, '')
        self._reason = reason

    def enable_chunked_encoding(self, chunk_size=None):
        self._chunked = True

    def enable_compression(self, force=None):
        pass

    @property
    def headers(self):
        h = self._hdrs
        if h is None:
            # made on first use: a plain response keeps only its Content-Type
            h = self._hdrs = CIMultiDict()
            if self._ct is not None:
                h._items.append(('content-type', 'Content-Type', self._ct))
        return h

    def __getitem__(self, key):
        if self._state is None:
            raise KeyError(key)
        return self._state[key]

    def __setitem__(self, key, value):
        if self._state is None:
            self._state = {}
        self._state[key] = value

    def __delitem__(self, key):
        if self._state is None:
            raise KeyError(key)
        del self._state[key]

    def __len__(self):
        return 0 if self._state is None else len(self._state)

    def __iter__(self):
        return iter(() if self._state is None else self._state)

    def __contains__(self, key):
        return self._state is not None and key in self._state

    def __bool__(self):
        return True

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return id(self)

    @property
    def content_length(self):
        v = self.headers.get('Content-Length')
        return int(v) if v is not None else None

    @content_length.setter
    def content_length(self, value):
        if value is not None:
            self.headers['Content-Length'] = str(int(value))
        else:
            self.headers.popall('Content-Length', None)

    @property
    def content_type(self):
        return parse_mimetype_params(self.headers.get('Content-Type'))[0]

    @content_type.setter
    def content_type(self, value):
        charset = self.charset
        ctype = str(value)
        if charset:
            ctype += '; charset=' + charset
        self.headers['Content-Type'] = ctype

    @property
    def charset(self):
        return parse_mimetype_params(self.headers.get('Content-Type'))[1].get('charset')

    @charset.setter
    def charset(self, value):
        ctype = self.content_type
        if ctype == 'application/octet-stream':
            raise RuntimeError("Setting charset for application/octet-stream doesn't make sense, setup content_type first")
        if value is None:
            self.headers['Content-Type'] = ctype
        else:
            self.headers['Content-Type'] = ctype + '; charset=' + str(value).lower()

    @property
    def last_modified(self):
        return self.headers.get('Last-Modified')

    def set_cookie(self, name, value, *, expires=None, domain=None, max_age=None, path='/',
                   secure=None, httponly=None, version=None, samesite=None):
        parts = [f'{name}={_cookie_quote(str(value))}']
        if domain is not None:
            parts.append(f'Domain={domain}')
        if expires is not None:
            parts.append(f'expires={expires}')
        if httponly:
            parts.append('HttpOnly')
        if max_age is not None:
            parts.append(f'Max-Age={max_age}')
        if path is not None:
            parts.append(f'Path={path}')
        if samesite is not None:
            parts.append(f'SameSite={samesite}')
        if secure:
            parts.append('Secure')
        self.headers.add('Set-Cookie', '; '.join(parts))

    def del_cookie(self, name, *, domain=None, path='/'):
        self.set_cookie(name, '', max_age=0, expires='Thu, 01 Jan 1970 00:00:00 GMT', domain=domain, path=path)

    def _wire_headers(self):
        h = self._hdrs
        if h is None:
            if self._ct == _TEXT_PLAIN:
                return _TEXT_PLAIN_HEADERS
            return (('Content-Type', self._ct or 'application/octet-stream'),)
        if 'Content-Type' not in h:
            h.add('Content-Type', 'application/octet-stream')
        return h._items

    async def prepare(self, request):
        if self._eof_sent:
            return None
        if self._req is not None:
            return None
        if self._keep_alive is False:
            self.headers['Connection'] = 'close'
        self._req = request
        await request._prepare_hook(self)
        _aiohttp.start(request, self._status, self._wire_headers())
        return None

    async def write(self, data):
        if not isinstance(data, bytes):
            raise TypeError('data argument must be byte-ish (%r)' % type(data))
        if self._eof_sent:
            raise RuntimeError('Cannot call write() after write_eof()')
        if self._req is None:
            raise RuntimeError('Cannot call write() before prepare()')
        if data:
            waiter = _aiohttp.write(self._req, data)
            if waiter is not None:
                await waiter

    async def drain(self):
        pass

    async def write_eof(self, data=b''):
        if self._eof_sent:
            return
        if self._req is None:
            raise AssertionError('Response has not been started')
        if data:
            await self.write(data)
        self._eof_sent = True
        _aiohttp.finish(self._req)

    def __repr__(self):
        if self._eof_sent:
            info = 'eof'
        elif self.prepared:
            info = f'{self._req.method} {self._req.path} '
        else:
            info = 'not prepared'
        return f'<{type(self).__name__} {self.reason} {info}>'


class Response(StreamResponse):
    """A response sent whole: text or body, status, headers, content type."""
    __module__ = 'aiohttp.web_response'

    def __init__(self, *, body=None, status=200, reason=None, text=None, headers=None,
                 content_type=None, charset=None, zlib_executor_size=None, zlib_executor=None):
        if headers is None and content_type is None and charset is None and body is None and \
                type(text) is str and reason is None and type(status) is int:
            # the common case, kept short: Response(text=...)
            self._body = text.encode('utf-8')
            self._ct = _TEXT_PLAIN
            self._status = status
            self._reason = _REASONS.get(status, '')
            return
        if body is not None and text is not None:
            raise ValueError('body and text are not allowed together')
        if headers is None:
            real_headers = CIMultiDict()
        elif not isinstance(headers, CIMultiDict):
            real_headers = CIMultiDict(headers)
        else:
            real_headers = headers
        if content_type is not None and 'charset' in content_type:
            raise ValueError('charset must not be in content_type argument')
        if text is not None:
            if 'Content-Type' in real_headers:
                if content_type or charset:
                    raise ValueError('passing both Content-Type header and content_type or charset params is forbidden')
            else:
                if not isinstance(text, str):
                    raise TypeError('text argument must be str (%r)' % type(text))
                if content_type is None:
                    content_type = 'text/plain'
                if charset is None:
                    charset = 'utf-8'
                real_headers['Content-Type'] = content_type + '; charset=' + charset
                body = text.encode(charset)
                text = None
        elif 'Content-Type' in real_headers:
            if content_type is not None or charset is not None:
                raise ValueError('passing both Content-Type header and content_type or charset params is forbidden')
        elif content_type is not None:
            if charset is not None:
                content_type += '; charset=' + charset
            real_headers['Content-Type'] = content_type
        super().__init__(status=status, reason=reason, headers=real_headers)
        if text is not None:
            self.text = text
        else:
            self.body = body

    @property
    def body(self):
        return self._body

    @body.setter
    def body(self, body):
        if body is None:
            self._body = None
        elif isinstance(body, bytes):
            self._body = bytes(body)
        elif isinstance(body, str):
            self._body = body.encode('utf-8')
            if 'Content-Type' not in self.headers:
                self.headers['Content-Type'] = 'text/plain; charset=utf-8'
        else:
            raise ValueError('Unsupported body type %r' % type(body))

    @property
    def text(self):
        if self._body is None:
            return None
        return self._body.decode(self.charset or 'utf-8')

    @text.setter
    def text(self, text):
        if not isinstance(text, str):
            raise TypeError('text argument must be str (%r)' % type(text))
        if self.content_type == 'application/octet-stream':
            self.content_type = 'text/plain'
        if self.charset is None:
            self.charset = 'utf-8'
        self._body = text.encode(self.charset)

    @property
    def content_length(self):
        if self._body is None:
            return 0
        return len(self._body)

    @content_length.setter
    def content_length(self, value):
        raise RuntimeError('Content length is set automatically')

    async def write_eof(self, data=b''):
        if self._eof_sent:
            return
        if self._body and self._req is not None:
            _aiohttp.write(self._req, self._body)
        self._eof_sent = True
        _aiohttp.finish(self._req)

    async def prepare(self, request):
        if self._req is not None or self._eof_sent:
            return None
        if self._keep_alive is False:
            self.headers['Connection'] = 'close'
        self._req = request
        await request._prepare_hook(self)
        if 'Content-Length' not in self.headers:
            self.headers['Content-Length'] = str(0 if self._body is None else len(self._body))
        _aiohttp.start(request, self._status, self._wire_headers())
        return None


def json_response(data=None, *, text=None, body=None, status=200, reason=None, headers=None,
                  content_type='application/json', dumps=_json.dumps):
    """A Response of data as JSON (application/json)."""
    if data is not None:
        if text or body:
            raise ValueError('only one of data, text, or body should be specified')
        text = dumps(data)
    return Response(text=text, body=body, status=status, reason=reason, headers=headers,
                    content_type=content_type)
