# aiohttp.client: ClientSession and ClientResponse over _aiohttp.fetch (a
# net/http Client per session), and aiohttp's client exceptions.

import _aiohttp
import asyncio
import json as _json
from collections import namedtuple
from multidict import CIMultiDict, CIMultiDictProxy, MultiDict, MultiDictProxy
from aiohttp.helpers import URL, HttpVersion, parse_mimetype_params, encode_query, SERVER_SOFTWARE

__all__ = (
    'ClientSession', 'ClientResponse', 'ClientTimeout', 'request', 'RequestInfo',
    'ClientError', 'ClientResponseError', 'ClientConnectionError', 'ClientOSError',
    'ClientConnectorError', 'ServerConnectionError', 'ServerDisconnectedError',
    'ServerTimeoutError', 'ClientPayloadError', 'InvalidURL', 'TooManyRedirects',
    'ContentTypeError', 'TCPConnector', 'StreamReader',
)


# ---- exceptions ----

class ClientError(Exception):
    """Base class for client errors."""
    __module__ = 'aiohttp.client_exceptions'


class ClientResponseError(ClientError):
    """An error about a response: raise_for_status, bad JSON mimetype..."""
    __module__ = 'aiohttp.client_exceptions'

    def __init__(self, request_info, history, *, code=None, status=None, message='', headers=None):
        self.request_info = request_info
        if status is None:
            status = code if code is not None else 0
        self.status = status
        self.message = message
        self.headers = headers
        self.history = history
        self.args = (request_info, history)

    def __str__(self):
        return '{}, message={!r}, url={!r}'.format(self.status, self.message, self.request_info.real_url)

    def __repr__(self):
        args = f'{self.request_info!r}, {self.history!r}'
        if self.status != 0:
            args += f', status={self.status!r}'
        if self.message != '':
            args += f', message={self.message!r}'
        if self.headers is not None:
            args += f', headers={self.headers!r}'
        return f'{type(self).__name__}({args})'

    @property
    def code(self):
        return self.status


class ContentTypeError(ClientResponseError):
    """The response's Content-Type is not what json() expects."""
    __module__ = 'aiohttp.client_exceptions'


class TooManyRedirects(ClientResponseError):
    """More redirects than max_redirects."""
    __module__ = 'aiohttp.client_exceptions'


class ClientConnectionError(ClientError):
    """Base class for connection errors."""
    __module__ = 'aiohttp.client_exceptions'


class ClientOSError(ClientConnectionError, OSError):
    """An OSError of the connection."""
    __module__ = 'aiohttp.client_exceptions'


ConnectionKey = namedtuple('ConnectionKey', ['host', 'port', 'is_ssl', 'ssl', 'proxy', 'proxy_auth', 'proxy_headers_hash'])


class ClientConnectorError(ClientOSError):
    """The connection to the host could not be made."""
    __module__ = 'aiohttp.client_exceptions'

    def __init__(self, connection_key, os_error):
        self._conn_key = connection_key
        self._os_error = os_error
        super().__init__(os_error.errno, os_error.strerror)
        # asl's OSError takes errno and strerror from the constructor's
        # arguments, not from __init__'s: set them as CPython would have
        self.errno = os_error.errno
        self.strerror = os_error.strerror
        self.args = (connection_key, os_error)

    @property
    def os_error(self):
        return self._os_error

    @property
    def host(self):
        return self._conn_key.host

    @property
    def port(self):
        return self._conn_key.port

    @property
    def ssl(self):
        return self._conn_key.ssl

    def __str__(self):
        return 'Cannot connect to host {0}:{1} ssl:{2} [{3}]'.format(
            self.host, self.port, 'default' if self.ssl is None else self.ssl, self._os_error.strerror)


class ServerConnectionError(ClientConnectionError):
    """The server's side of the connection failed."""
    __module__ = 'aiohttp.client_exceptions'


class ServerDisconnectedError(ServerConnectionError):
    """The server closed the connection."""
    __module__ = 'aiohttp.client_exceptions'

    def __init__(self, message=None):
        if message is None:
            message = 'Server disconnected'
        self.args = (message,)
        self.message = message


class ServerTimeoutError(ServerConnectionError, asyncio.TimeoutError):
    """A socket read timed out."""
    __module__ = 'aiohttp.client_exceptions'


class ClientPayloadError(ClientError):
    """The response's payload could not be read."""
    __module__ = 'aiohttp.client_exceptions'


class InvalidURL(ClientError, ValueError):
    """The URL is not one aiohttp can fetch."""
    __module__ = 'aiohttp.client_exceptions'

    def __init__(self, url):
        super().__init__(url)

    @property
    def url(self):
        return self.args[0]

    def __repr__(self):
        return f'<{type(self).__name__} {self.url}>'


# ---- configuration ----

class ClientTimeout:
    """Timeouts of a session or a request, in seconds (None: no limit)."""
    __module__ = 'aiohttp.client'

    def __init__(self, total=None, connect=None, sock_read=None, sock_connect=None):
        self.total = total
        self.connect = connect
        self.sock_read = sock_read
        self.sock_connect = sock_connect

    def __repr__(self):
        return (f'ClientTimeout(total={self.total!r}, connect={self.connect!r}, '
                f'sock_read={self.sock_read!r}, sock_connect={self.sock_connect!r})')

    def __eq__(self, other):
        return isinstance(other, ClientTimeout) and (self.total, self.connect, self.sock_read, self.sock_connect) == (
            other.total, other.connect, other.sock_read, other.sock_connect)

    def _limit(self):
        limits = [x for x in (self.total, self.sock_read) if x is not None]
        return min(limits) if limits else None


DEFAULT_TIMEOUT = ClientTimeout(total=5 * 60)
_sentinel = object()


class TCPConnector:
    """Connection pool settings (limit: connections at once)."""
    __module__ = 'aiohttp.connector'

    def __init__(self, *, limit=100, limit_per_host=0, force_close=False, **kwargs):
        self.limit = limit
        self.limit_per_host = limit_per_host
        self.force_close = force_close
        self._closed = False

    @property
    def closed(self):
        return self._closed

    async def close(self):
        self._closed = True


RequestInfo = namedtuple('RequestInfo', ['url', 'method', 'headers', 'real_url'])


# ---- responses ----

class StreamReader:
    """resp.content: the body (already read whole) as aiohttp's stream."""
    __module__ = 'aiohttp.streams'

    def __init__(self, data):
        self._data = data
        self._pos = 0

    def __repr__(self):
        return '<StreamReader %d bytes eof>' % len(self._data)

    def at_eof(self):
        return self._pos >= len(self._data)

    def is_eof(self):
        return self.at_eof()

    def exception(self):
        return None

    async def read(self, n=-1):
        if n is None or n < 0:
            n = len(self._data) - self._pos
        chunk = self._data[self._pos:self._pos + n]
        self._pos += len(chunk)
        return chunk

    async def readany(self):
        return await self.read()

    async def readexactly(self, n):
        chunk = await self.read(n)
        if len(chunk) < n:
            raise asyncio.IncompleteReadError(chunk, n)
        return chunk

    async def readline(self):
        i = self._data.find(b'\n', self._pos)
        end = len(self._data) if i < 0 else i + 1
        chunk = self._data[self._pos:end]
        self._pos = end
        return chunk

    async def readuntil(self, separator=b'\n'):
        i = self._data.find(separator, self._pos)
        end = len(self._data) if i < 0 else i + len(separator)
        chunk = self._data[self._pos:end]
        self._pos = end
        return chunk

    def iter_chunked(self, n):
        return _ChunkIter(self, n)

    def iter_any(self):
        return _ChunkIter(self, -1)

    def __aiter__(self):
        return _LineIter(self)


class _ChunkIter:
    def __init__(self, reader, n):
        self._reader = reader
        self._n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        chunk = await self._reader.read(self._n)
        if not chunk:
            raise StopAsyncIteration
        return chunk


class _LineIter:
    def __init__(self, reader):
        self._reader = reader

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self._reader.readline()
        if not line:
            raise StopAsyncIteration
        return line


class ClientResponse:
    """A response, read whole: status, reason, headers, text(), json()..."""
    __module__ = 'aiohttp.client_reqrep'

    def __init__(self, method, request_info, raw, session):
        status, reason, version, headers, body, url, history = raw
        self.method = method
        self.status = status
        self.reason = reason
        self.version = HttpVersion(version[0], version[1])
        h = CIMultiDict()
        h._items = [(k.lower(), k, v) for k, v in headers]
        self._headers = CIMultiDictProxy(h)
        self._body = body
        self._url = URL(url)
        self.request_info = request_info
        self._history = history
        self._session = session
        self._released = False

    @property
    def headers(self):
        return self._headers

    @property
    def url(self):
        return self._url

    @property
    def content(self):
        c = self.__dict__.get('_content')
        if c is None:
            c = self.__dict__['_content'] = StreamReader(self._body)
        return c

    @property
    def real_url(self):
        return self._url

    @property
    def host(self):
        return self._url.host

    @property
    def history(self):
        return self._history

    @property
    def ok(self):
        return self.status < 400

    @property
    def content_type(self):
        return parse_mimetype_params(self._headers.get('Content-Type'))[0]

    @property
    def charset(self):
        return parse_mimetype_params(self._headers.get('Content-Type'))[1].get('charset')

    @property
    def content_length(self):
        v = self._headers.get('Content-Length')
        return int(v) if v is not None else None

    @property
    def closed(self):
        return self._released

    def get_encoding(self):
        return self.charset or 'utf-8'

    def __repr__(self):
        ascii_encodable_url = str(self._url)
        if self.reason:
            ascii_encodable_reason = self.reason.encode('ascii', 'backslashreplace').decode('ascii')
        else:
            ascii_encodable_reason = 'None'
        out = '<ClientResponse({}) [{} {}]>\n'.format(ascii_encodable_url, self.status, ascii_encodable_reason)
        out += repr(self._headers) + '\n'
        return out

    async def read(self):
        return self._body

    async def text(self, encoding=None, errors='strict'):
        if encoding is None:
            encoding = self.get_encoding()
        return self._body.decode(encoding, errors)

    async def json(self, *, encoding=None, loads=_json.loads, content_type='application/json'):
        if content_type:
            ctype = self._headers.get('Content-Type', '').lower()
            if not (ctype.startswith('application/') and 'json' in ctype.partition(';')[0]) and \
                    content_type not in ctype:
                raise ContentTypeError(
                    self.request_info, self._history,
                    message='Attempt to decode JSON with unexpected mimetype: %s' % ctype,
                    headers=self._headers)
        stripped = self._body.strip()
        if not stripped:
            return None
        if encoding is None:
            encoding = self.get_encoding()
        return loads(stripped.decode(encoding))

    def raise_for_status(self):
        if self.status >= 400:
            self.release()
            raise ClientResponseError(self.request_info, self._history, status=self.status,
                                      message=self.reason, headers=self._headers)

    def release(self):
        self._released = True

    def close(self):
        self._released = True

    async def wait_for_close(self):
        self._released = True

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        self.release()


class _RequestContextManager:
    """What session.get() and friends return: await it, or async with it."""
    __module__ = 'aiohttp.client'

    def __init__(self, coro):
        self._coro = coro
        self._resp = None

    def __await__(self):
        return self._coro.__await__()

    def close(self):
        return self._coro.close()

    async def __aenter__(self):
        self._resp = await self._coro
        return self._resp

    async def __aexit__(self, exc_type, exc, tb):
        self._resp.release()


class _SessionRequestContextManager:
    """aiohttp.request(): a session that lives as long as its response."""

    def __init__(self, coro, session):
        self._coro = coro
        self._resp = None
        self._session = session

    async def __aenter__(self):
        try:
            self._resp = await self._coro
        except BaseException:
            await self._session.close()
            raise
        return self._resp

    async def __aexit__(self, exc_type, exc, tb):
        self._resp.release()
        await self._session.close()


# ---- sessions ----

_DEFAULT_HEADERS = (('Accept', '*/*'), ('Accept-Encoding', 'gzip, deflate'), ('User-Agent', SERVER_SOFTWARE))


class ClientSession:
    """A pool of connections and the defaults of the requests made on it."""
    __module__ = 'aiohttp.client'

    def __init__(self, base_url=None, *, connector=None, cookies=None, headers=None,
                 skip_auto_headers=None, auth=None, json_serialize=_json.dumps,
                 version=HttpVersion(1, 1), cookie_jar=None, connector_owner=True,
                 raise_for_status=False, timeout=_sentinel, auto_decompress=True,
                 trust_env=False, requote_redirect_url=True, trace_configs=None,
                 read_bufsize=2 ** 16, conn_timeout=None, read_timeout=None):
        self._base_url = None if base_url is None else URL(base_url)
        self._connector = connector
        self._limit = connector.limit if connector is not None else 100
        self._default_headers = CIMultiDict(headers) if headers else CIMultiDict()
        self._skip_auto_headers = frozenset(h.lower() for h in skip_auto_headers or ())
        self._json_serialize = json_serialize
        self._raise_for_status = raise_for_status
        self._timeout = DEFAULT_TIMEOUT if timeout is _sentinel else timeout
        self._handle = None
        self._closed = False

    def __repr__(self):
        return '<aiohttp.client.ClientSession object>'

    @property
    def closed(self):
        return self._closed

    @property
    def timeout(self):
        return self._timeout

    @property
    def headers(self):
        return self._default_headers

    @property
    def connector(self):
        return self._connector

    async def close(self):
        if not self._closed:
            self._closed = True
            if self._handle is not None:
                _aiohttp.client_close(self._handle)
                self._handle = None

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        await self.close()

    def _build_url(self, url):
        url = URL(url) if not isinstance(url, URL) else url
        if self._base_url is None:
            return url
        return self._base_url.join(url)

    def request(self, method, url, **kwargs):
        return _RequestContextManager(self._request(method, url, **kwargs))

    def get(self, url, *, allow_redirects=True, **kwargs):
        return _RequestContextManager(self._request('GET', url, allow_redirects=allow_redirects, **kwargs))

    def options(self, url, *, allow_redirects=True, **kwargs):
        return _RequestContextManager(self._request('OPTIONS', url, allow_redirects=allow_redirects, **kwargs))

    def head(self, url, *, allow_redirects=False, **kwargs):
        return _RequestContextManager(self._request('HEAD', url, allow_redirects=allow_redirects, **kwargs))

    def post(self, url, *, data=None, **kwargs):
        return _RequestContextManager(self._request('POST', url, data=data, **kwargs))

    def put(self, url, *, data=None, **kwargs):
        return _RequestContextManager(self._request('PUT', url, data=data, **kwargs))

    def patch(self, url, *, data=None, **kwargs):
        return _RequestContextManager(self._request('PATCH', url, data=data, **kwargs))

    def delete(self, url, **kwargs):
        return _RequestContextManager(self._request('DELETE', url, **kwargs))

    async def _request(self, method, str_or_url, *, params=None, data=None, json=None,
                       cookies=None, headers=None, skip_auto_headers=None, auth=None,
                       allow_redirects=True, max_redirects=10, compress=None, chunked=None,
                       expect100=False, raise_for_status=None, read_until_eof=True,
                       proxy=None, proxy_auth=None, timeout=_sentinel, ssl=None,
                       verify_ssl=None, fingerprint=None, ssl_context=None,
                       proxy_headers=None, trace_request_ctx=None, read_bufsize=None):
        if self._closed:
            raise RuntimeError('Session is closed')
        if data is not None and json is not None:
            raise ValueError('data and json parameters can not be used at the same time')
        if json is not None:
            body = self._json_serialize(json).encode('utf-8')
            ctype = 'application/json'
        else:
            body, ctype = _encode_data(data)
        url = self._build_url(str_or_url)
        if url.scheme not in ('http', 'https') or not url.host:
            raise InvalidURL(url)
        if params:
            q = encode_query(params)
            if q:
                url = URL(str(url).partition('#')[0] + ('&' if url.raw_query_string else '?') + q)
        hdrs = CIMultiDict(self._default_headers)
        if headers:
            hdrs.update(headers)
        skip = self._skip_auto_headers
        if skip_auto_headers:
            skip = skip | frozenset(h.lower() for h in skip_auto_headers)
        for name, value in _DEFAULT_HEADERS:
            if name not in hdrs and name.lower() not in skip:
                hdrs.add(name, value)
        if ctype is not None and 'Content-Type' not in hdrs and 'content-type' not in skip:
            hdrs.add('Content-Type', ctype)
        host = url._authority.rpartition('@')[2]
        req_headers = CIMultiDict()
        req_headers.add('Host', host)
        req_headers.extend(hdrs)
        if timeout is _sentinel:
            timeout = self._timeout
        limit = None
        if isinstance(timeout, ClientTimeout):
            limit = timeout._limit()
        elif timeout is not None:
            limit = float(timeout)
        if self._handle is None:
            self._handle = _aiohttp.client_new(self._limit)
        info = RequestInfo(url, method, CIMultiDictProxy(req_headers), url)
        raw = await _aiohttp.fetch(self._handle, method, str(url), [(k, v) for _, k, v in hdrs._items],
                                   body, limit, allow_redirects, max_redirects)
        if raw[0] == 'error':
            _raise_fetch_error(raw, url, info)
        history = tuple(ClientResponse(method, info, (st, rs, (1, 1), hs, b'', u, ()), self)
                        for st, rs, hs, u in raw[6])
        resp = ClientResponse(raw[7], info, raw[:6] + (history,), self)
        if raise_for_status is None:
            raise_for_status = self._raise_for_status
        if raise_for_status:
            resp.raise_for_status()
        return resp


def _encode_data(data):
    """The body and Content-Type of a request's data argument."""
    if data is None:
        return None, None
    if isinstance(data, str):
        return data.encode('utf-8'), 'text/plain; charset=utf-8'
    if isinstance(data, bytes):
        return bytes(data), 'application/octet-stream'
    if isinstance(data, (dict, MultiDict, MultiDictProxy, list, tuple)):
        pairs = list(data.items()) if hasattr(data, 'items') else list(data)
        return _aiohttp.urlencode([(str(k), str(v)) for k, v in pairs]).encode('ascii'), \
            'application/x-www-form-urlencoded'
    raise TypeError(f"Unsupported data type: {type(data).__name__}")


def _raise_fetch_error(raw, url, info):
    _, kind, errno, message = raw
    if kind == 'timeout':
        raise asyncio.TimeoutError()
    if kind == 'connect':
        port = url.port
        key = ConnectionKey(url.host, port, url.scheme == 'https', None, None, None, None)
        if errno == 111:
            err = ConnectionRefusedError(errno, f"Connect call failed ('{url.host}', {port})")
        else:
            err = OSError(errno, message)
        raise ClientConnectorError(key, err)
    if kind == 'disconnected':
        raise ServerDisconnectedError()
    if kind == 'redirects':
        raise TooManyRedirects(info, ())
    if kind == 'invalid_url':
        raise InvalidURL(url)
    if kind == 'payload':
        raise ClientPayloadError(message)
    raise ClientOSError(message)


def request(method, url, **kwargs):
    """aiohttp.request(): one request on a session of its own."""
    session = ClientSession()
    return _SessionRequestContextManager(session._request(method, url, **kwargs), session)
