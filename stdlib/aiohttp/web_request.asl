
# ---- aiohttp.web: requests. The Go side makes them (web.Request with the
# request's Go state); what is read from it is read on demand. ----

_POST_METHODS = frozenset(('PATCH', 'POST', 'PUT', 'TRACE', 'DELETE'))


def _req_cached(name, make):
    def get(self):
        d = self.__dict__
        v = d.get(name)
        if v is None:
            v = make(self)
            d[name] = v
        return v
    return property(get)


def _make_headers(self):
    h = CIMultiDict()
    h._items = [(k.lower(), k, v) for k, v in _aiohttp.rq_headers(self)]
    return CIMultiDictProxy(h)


def _make_query(self):
    return MultiDictProxy(MultiDict(_aiohttp.parse_qsl(_aiohttp.rq_query(self))))


def _make_ctype(self):
    return parse_mimetype_params(self.headers.get('Content-Type'))


class BaseRequest:
    """An HTTP request as a handler sees it."""
    __module__ = 'aiohttp.web_request'
    POST_METHODS = _POST_METHODS

    method = property(_aiohttp.rq_method)
    path = property(_aiohttp.rq_path)
    raw_path = property(_aiohttp.rq_target)
    host = property(_aiohttp.rq_host)
    remote = property(_aiohttp.rq_remote)
    headers = _req_cached('_headers', _make_headers)
    query = _req_cached('_query', _make_query)
    _ctype = _req_cached('_ctype_', _make_ctype)

    @property
    def version(self):
        major, minor = _aiohttp.rq_version(self)
        return HttpVersion(major, minor)

    @property
    def query_string(self):
        return _aiohttp.unquote_query(_aiohttp.rq_query(self))

    @property
    def scheme(self):
        return 'http'

    @property
    def secure(self):
        return False

    @property
    def forwarded(self):
        return ()

    @property
    def url(self):
        return URL('http://' + self.host + self.raw_path)

    @property
    def rel_url(self):
        return URL(self.raw_path)

    @property
    def path_qs(self):
        return self.rel_url.path_qs

    @property
    def keep_alive(self):
        return True

    @property
    def transport(self):
        return None

    @property
    def raw_headers(self):
        return tuple((k.encode('utf-8'), v.encode('utf-8')) for _, k, v in self.headers._items)

    @property
    def content_type(self):
        return self._ctype[0]

    @property
    def charset(self):
        return self._ctype[1].get('charset')

    @property
    def content_length(self):
        v = self.headers.get('Content-Length')
        return int(v) if v is not None else None

    @property
    def can_read_body(self):
        return _aiohttp.rq_can_read_body(self)

    @property
    def body_exists(self):
        return _aiohttp.rq_can_read_body(self)

    @property
    def has_body(self):
        return _aiohttp.rq_can_read_body(self)

    @property
    def cookies(self):
        out = {}
        for part in self.headers.get('Cookie', '').split(';'):
            name, sep, value = part.strip().partition('=')
            if sep:
                out[name] = value.strip('"')
        return MultiDictProxy(MultiDict(out))

    @property
    def if_modified_since(self):
        return None

    async def read(self):
        body = _aiohttp.rq_body(self)
        if isinstance(body, tuple):
            raise HTTPRequestEntityTooLarge(max_size=body[0], actual_size=body[1])
        return body

    async def text(self):
        body = await self.read()
        return body.decode(self.charset or 'utf-8')

    async def json(self, *, loads=_json.loads):
        body = await self.text()
        return loads(body)

    async def post(self):
        if self.method not in _POST_METHODS:
            return MultiDictProxy(MultiDict())
        ctype = self.content_type
        if ctype not in ('', 'application/x-www-form-urlencoded', 'multipart/form-data'):
            return MultiDictProxy(MultiDict())
        if ctype == 'multipart/form-data':
            raise NotImplementedError('multipart/form-data bodies are not supported by asl')
        data = await self.read()
        return MultiDictProxy(MultiDict(_aiohttp.parse_qsl(data.decode(self.charset or 'utf-8'))))

    def __getitem__(self, key):
        st = self.__dict__.get('_state')
        if st is None:
            raise KeyError(key)
        return st[key]

    def __setitem__(self, key, value):
        st = self.__dict__.get('_state')
        if st is None:
            st = self.__dict__['_state'] = {}
        st[key] = value

    def __delitem__(self, key):
        st = self.__dict__.get('_state')
        if st is None:
            raise KeyError(key)
        del st[key]

    def __contains__(self, key):
        st = self.__dict__.get('_state')
        return st is not None and key in st

    def __len__(self):
        st = self.__dict__.get('_state')
        return 0 if st is None else len(st)

    def __iter__(self):
        st = self.__dict__.get('_state')
        return iter(() if st is None else st)

    def get(self, key, default=None):
        st = self.__dict__.get('_state')
        if st is None:
            return default
        return st.get(key, default)

    def __bool__(self):
        return True

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return id(self)

    def __repr__(self):
        ascii_encodable_path = self.path.encode('ascii', 'backslashreplace').decode('ascii')
        return f'<{type(self).__name__} {self.method} {ascii_encodable_path} >'

    async def _prepare_hook(self, response):
        app = self.__dict__.get('_app')
        if app is not None and app._on_response_prepare:
            for cb in app._on_response_prepare:
                await cb(self, response)


class Request(BaseRequest):
    """A request of an Application: match_info and app."""
    __module__ = 'aiohttp.web_request'

    @property
    def match_info(self):
        d = self.__dict__
        mi = d.get('_match_info')
        if mi is None:
            mi = d['_match_info'] = MatchInfo(d['_md'], d['_route'])
        return mi

    @property
    def app(self):
        return self._app

    @property
    def config_dict(self):
        return self._app


_aiohttp.set_request_class(Request)
