
# ---- aiohttp.web: applications, routing and middlewares ----

import asyncio as _asyncio
import re as _re
from functools import partial as _partial
import _asyncio as _asyncio_core

hdrs_METH_ANY = '*'
_ROUTE_RE = _re.compile(r'(\{[_a-zA-Z][^{}]*(?:\{[^{}]*\}[^{}]*)*\})')
_METHODS = ('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'TRACE', 'CONNECT')


def middleware(f):
    """Marks a new-style middleware: async def mw(request, handler)."""
    f.__middleware_version__ = 1
    return f


class MatchInfo(dict):
    """The path's variables of a matched route, and the route."""
    __module__ = 'aiohttp.web_urldispatcher'

    def __init__(self, match_dict, route):
        dict.__init__(self, match_dict)
        self._route = route

    @property
    def handler(self):
        return self._route.handler

    @property
    def route(self):
        return self._route

    @property
    def http_exception(self):
        return None

    @property
    def apps(self):
        return ()

    def __repr__(self):
        return f'<MatchInfo {dict.__repr__(self)}: {self._route!r}>'


class _ErrorRoute:
    def __init__(self, exc):
        self._exc = exc
        self.method = None
        self.resource = None
        self.name = None

    async def handler(self, request):
        raise self._exc

    def __repr__(self):
        return '<SystemRoute>'


class MatchInfoError(MatchInfo):
    """The match_info of a request no route took (404 or 405)."""
    __module__ = 'aiohttp.web_urldispatcher'

    def __init__(self, http_exception):
        MatchInfo.__init__(self, {}, _ErrorRoute(http_exception))
        self._exception = http_exception

    @property
    def handler(self):
        return self._route.handler

    @property
    def http_exception(self):
        return self._exception

    def __repr__(self):
        return f'<MatchInfoError {self._exception.status}: {self._exception.reason}>'


class ResourceRoute:
    """A method and handler of a resource."""
    __module__ = 'aiohttp.web_urldispatcher'

    def __init__(self, method, handler, resource, *, expect_handler=None):
        self.method = method.upper()
        self.handler = handler
        self.resource = resource

    @property
    def name(self):
        return self.resource.name

    def url_for(self, **parts):
        return self.resource.url_for(**parts)

    def __repr__(self):
        return f'<ResourceRoute [{self.method}] {self.resource!r} -> {self.handler!r}>'


class Resource:
    """A path (plain or with {variables}) and its routes."""
    __module__ = 'aiohttp.web_urldispatcher'

    def __init__(self, path, name=None):
        self.name = name
        self._path = path
        self._routes = []
        self._by_method = {}
        self._pattern = None
        self._formatter = path
        if _ROUTE_RE.search(path):
            pattern = ''
            formatter = ''
            for part in _ROUTE_RE.split(path):
                if part.startswith('{') and part.endswith('}'):
                    var, sep, regex = part[1:-1].partition(':')
                    if not sep:
                        regex = '[^{}/]+'
                    pattern += f'(?P<{var}>{regex})'
                    formatter += '{' + var + '}'
                else:
                    pattern += _re.escape(part)
                    formatter += part
            self._pattern = _re.compile(pattern)
            self._formatter = formatter

    @property
    def canonical(self):
        return self._formatter

    def add_route(self, method, handler, *, expect_handler=None):
        method = method.upper()
        for r in self._routes:
            if r.method == method or r.method == hdrs_METH_ANY:
                raise RuntimeError(
                    'Added route will never be executed, method {route.method} is already registered'.format(route=r))
        route = ResourceRoute(method, handler, self)
        self._routes.append(route)
        self._by_method[method] = route
        return route

    def _match(self, path):
        if self._pattern is None:
            return {} if path == self._path else None
        m = self._pattern.fullmatch(path)
        if m is None:
            return None
        return m.groupdict()

    def url_for(self, **parts):
        if self._pattern is None:
            return URL(self._path)
        return URL(self._formatter.format(**{k: _aiohttp.quote(str(v), '') for k, v in parts.items()}))

    def __iter__(self):
        return iter(self._routes)

    def __len__(self):
        return len(self._routes)

    def __repr__(self):
        name = "'" + self.name + "' " if self.name is not None else ''
        kind = 'DynamicResource' if self._pattern is not None else 'PlainResource'
        return f'<{kind} {name} {self._formatter}>'


class UrlDispatcher:
    """app.router: resources in the order they were added."""
    __module__ = 'aiohttp.web_urldispatcher'

    def __init__(self):
        self._resources = []
        self._plain = {}
        self._named = {}
        self._frozen = False

    def add_resource(self, path, *, name=None):
        if self._frozen:
            raise RuntimeError('Cannot register a resource into frozen router.')
        if path and not path.startswith('/'):
            raise ValueError('path should be started with / or be empty')
        if self._resources:
            last = self._resources[-1]
            if last.name == name and last._path == path:
                return last
        res = Resource(path, name)
        if name is not None:
            if name in self._named:
                raise ValueError(f"Duplicate {name!r}, already handled by {self._named[name]!r}")
            self._named[name] = res
        self._resources.append(res)
        if res._pattern is None and path not in self._plain:
            self._plain[path] = res
        return res

    def add_route(self, method, path, handler, *, name=None, expect_handler=None):
        resource = self.add_resource(path, name=name)
        return resource.add_route(method, handler)

    def add_get(self, path, handler, *, name=None, allow_head=True, **kwargs):
        resource = self.add_resource(path, name=name)
        if allow_head:
            resource.add_route('HEAD', handler)
        return resource.add_route('GET', handler)

    def add_post(self, path, handler, **kwargs):
        return self.add_route('POST', path, handler, **kwargs)

    def add_put(self, path, handler, **kwargs):
        return self.add_route('PUT', path, handler, **kwargs)

    def add_patch(self, path, handler, **kwargs):
        return self.add_route('PATCH', path, handler, **kwargs)

    def add_delete(self, path, handler, **kwargs):
        return self.add_route('DELETE', path, handler, **kwargs)

    def add_head(self, path, handler, **kwargs):
        return self.add_route('HEAD', path, handler, **kwargs)

    def add_options(self, path, handler, **kwargs):
        return self.add_route('OPTIONS', path, handler, **kwargs)

    def add_view(self, path, handler, **kwargs):
        return self.add_route(hdrs_METH_ANY, path, handler, **kwargs)

    def add_routes(self, routes):
        registered = []
        for route_def in routes:
            registered.extend(route_def.register(self))
        return registered

    def resources(self):
        return list(self._resources)

    def routes(self):
        return [r for res in self._resources for r in res._routes]

    def named_resources(self):
        return dict(self._named)

    def __getitem__(self, name):
        return self._named[name]

    def __contains__(self, name):
        return name in self._named

    def __len__(self):
        return len(self._named)

    def __iter__(self):
        return iter(self._named)

    def freeze(self):
        self._frozen = True

    def _resolve(self, method, path):
        """(route, match_dict), or (None, allowed methods)."""
        allowed = set()
        res = self._plain.get(path)
        if res is not None and self._resources[0] is res:
            route = res._by_method.get(method) or res._by_method.get(hdrs_METH_ANY)
            if route is not None:
                return route, _EMPTY
        for res in self._resources:
            md = res._match(path)
            if md is None:
                continue
            route = res._by_method.get(method) or res._by_method.get(hdrs_METH_ANY)
            if route is not None:
                return route, md
            allowed.update(res._by_method)
        return None, allowed

    async def resolve(self, request):
        route, md = self._resolve(request.method, request.path)
        if route is not None:
            return MatchInfo(md, route)
        if md:
            return MatchInfoError(HTTPMethodNotAllowed(request.method, md))
        return MatchInfoError(HTTPNotFound())


class View:
    """A class-based view: one method per HTTP method (async def get(self))."""
    __module__ = 'aiohttp.web_urldispatcher'

    def __init__(self, request):
        self._request = request

    @property
    def request(self):
        return self._request

    def __await__(self):
        return self._iter().__await__()

    async def _iter(self):
        method = None
        if self._request.method in _METHODS:
            method = getattr(self, self._request.method.lower(), None)
        if method is None:
            self._raise_allowed_methods()
        return await method()

    def _raise_allowed_methods(self):
        allowed = {m for m in _METHODS if hasattr(self, m.lower())}
        raise HTTPMethodNotAllowed(self._request.method, allowed)


class RouteDef:
    """web.get('/path', handler) and friends: a route to add_routes."""
    __module__ = 'aiohttp.web_routedef'

    def __init__(self, method, path, handler, kwargs):
        self.method = method
        self.path = path
        self.handler = handler
        self.kwargs = kwargs

    def __repr__(self):
        info = ''.join(f', {name}={value!r}' for name, value in sorted(self.kwargs.items()))
        return f'<RouteDef {self.method} {self.path} -> {self.handler.__name__!r}{info}>'

    def register(self, router):
        if self.method == 'GET':
            return [router.add_get(self.path, self.handler, **self.kwargs)]
        return [router.add_route(self.method, self.path, self.handler, **self.kwargs)]


def route(method, path, handler, **kwargs):
    return RouteDef(method, path, handler, kwargs)


def head(path, handler, **kwargs):
    return route('HEAD', path, handler, **kwargs)


def options(path, handler, **kwargs):
    return route('OPTIONS', path, handler, **kwargs)


def get(path, handler, *, name=None, allow_head=True, **kwargs):
    return route('GET', path, handler, name=name, allow_head=allow_head, **kwargs)


def post(path, handler, **kwargs):
    return route('POST', path, handler, **kwargs)


def put(path, handler, **kwargs):
    return route('PUT', path, handler, **kwargs)


def patch(path, handler, **kwargs):
    return route('PATCH', path, handler, **kwargs)


def delete(path, handler, **kwargs):
    return route('DELETE', path, handler, **kwargs)


def view(path, handler, **kwargs):
    return route(hdrs_METH_ANY, path, handler, **kwargs)


class RouteTableDef:
    """@routes.get('/path') decorators collecting routes for add_routes."""
    __module__ = 'aiohttp.web_routedef'

    def __init__(self):
        self._items = []

    def __repr__(self):
        return f'<RouteTableDef count={len(self._items)}>'

    def __getitem__(self, index):
        return self._items[index]

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def __contains__(self, item):
        return item in self._items

    def route(self, method, path, **kwargs):
        def inner(handler):
            self._items.append(RouteDef(method, path, handler, kwargs))
            return handler
        return inner

    def head(self, path, **kwargs):
        return self.route('HEAD', path, **kwargs)

    def get(self, path, **kwargs):
        return self.route('GET', path, **kwargs)

    def post(self, path, **kwargs):
        return self.route('POST', path, **kwargs)

    def put(self, path, **kwargs):
        return self.route('PUT', path, **kwargs)

    def patch(self, path, **kwargs):
        return self.route('PATCH', path, **kwargs)

    def delete(self, path, **kwargs):
        return self.route('DELETE', path, **kwargs)

    def options(self, path, **kwargs):
        return self.route('OPTIONS', path, **kwargs)

    def view(self, path, **kwargs):
        return self.route(hdrs_METH_ANY, path, **kwargs)


class Signal(list):
    """on_startup, on_shutdown, on_cleanup: callbacks awaited in order."""
    __module__ = 'aiohttp.signals'

    def __init__(self, owner=None):
        list.__init__(self)
        self._frozen = False

    @property
    def frozen(self):
        return self._frozen

    def freeze(self):
        self._frozen = True

    async def send(self, *args, **kwargs):
        for receiver in list(self):
            await receiver(*args, **kwargs)

    def __repr__(self):
        return '<Signal owner={}, frozen={}, {}>'.format(None, self._frozen, list.__repr__(self))


_EMPTY = {}
_INTERNAL_ERROR_TEXT = '500 Internal Server Error\n\nServer got itself in trouble'


class Application:
    """A web application: its router, middlewares, signals and state."""
    __module__ = 'aiohttp.web_app'

    def __init__(self, *, logger=None, router=None, middlewares=(), handler_args=None,
                 client_max_size=1024 ** 2, loop=None, debug=None):
        self._router = UrlDispatcher()
        self._middlewares = list(middlewares)
        self._state = {}
        self._frozen = False
        self._client_max_size = client_max_size
        self._on_startup = Signal(self)
        self._on_shutdown = Signal(self)
        self._on_cleanup = Signal(self)
        self._on_response_prepare = Signal(self)
        self._cleanup_ctx = []
        self._handler_chain = None
        self._chains = {}
        self.logger = logger

    def __repr__(self):
        return '<Application 0x{:x}>'.format(id(self))

    def __bool__(self):
        return True

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return id(self)

    def __getitem__(self, key):
        return self._state[key]

    def __setitem__(self, key, value):
        self._state[key] = value

    def __delitem__(self, key):
        del self._state[key]

    def __len__(self):
        return len(self._state)

    def __iter__(self):
        return iter(self._state)

    def __contains__(self, key):
        return key in self._state

    def get(self, key, default=None):
        return self._state.get(key, default)

    @property
    def router(self):
        return self._router

    @property
    def middlewares(self):
        return self._middlewares

    @property
    def on_startup(self):
        return self._on_startup

    @property
    def on_shutdown(self):
        return self._on_shutdown

    @property
    def on_cleanup(self):
        return self._on_cleanup

    @property
    def on_response_prepare(self):
        return self._on_response_prepare

    @property
    def cleanup_ctx(self):
        return self._cleanup_ctx

    @property
    def frozen(self):
        return self._frozen

    @property
    def debug(self):
        return False

    def add_routes(self, routes):
        return self._router.add_routes(routes)

    def freeze(self):
        if self._frozen:
            return
        self._frozen = True
        self._router.freeze()
        self._on_startup.freeze()
        self._on_shutdown.freeze()
        self._on_cleanup.freeze()

    async def startup(self):
        self._cleanup_gens = []
        for ctx in self._cleanup_ctx:
            gen = ctx(self)
            await gen.__anext__()
            self._cleanup_gens.append(gen)
        await self._on_startup.send(self)

    async def shutdown(self):
        await self._on_shutdown.send(self)

    async def cleanup(self):
        errors = []
        for gen in reversed(getattr(self, '_cleanup_gens', [])):
            try:
                await gen.__anext__()
            except StopAsyncIteration:
                pass
            except Exception as exc:
                errors.append(exc)
            else:
                errors.append(RuntimeError(f'{gen!r} has more than one yield'))
        self._cleanup_gens = []
        await self._on_cleanup.send(self)
        if errors:
            if len(errors) == 1:
                raise errors[0]
            raise RuntimeError('Multiple errors occurred on cleanup')

    def _chain(self, handler):
        chain = self._chains.get(handler)
        if chain is None:
            chain = handler
            for m in reversed(self._middlewares):
                chain = _partial(m, handler=chain)
            self._chains[handler] = chain
        return chain

    async def _handle(self, request):
        """Runs in a task for each request: routing, middlewares, handler,
        and the answer handed back to Go."""
        try:
            d = request.__dict__
            d['_app'] = self
            route, md = self._router._resolve(request.method, request.path)
            if route is not None:
                d['_route'] = route
                d['_md'] = md
                handler = route.handler
            else:
                if md:
                    match_info = MatchInfoError(HTTPMethodNotAllowed(request.method, md))
                else:
                    match_info = MatchInfoError(HTTPNotFound())
                d['_match_info'] = match_info
                handler = match_info.handler
            try:
                if self._middlewares:
                    resp = await self._chain(handler)(request)
                else:
                    resp = await handler(request)
                if not isinstance(resp, StreamResponse):
                    _log_error(RuntimeError(
                        'Handler {!r} should return response instance, got {!r} [middlewares {!r}]'.format(
                            handler, type(resp), self._middlewares)))
                    _aiohttp.abort(request)
                    return
            except HTTPException as exc:
                resp = exc
            except Exception as exc:
                _log_error(exc)
                resp = Response(status=500, text=_INTERNAL_ERROR_TEXT)
                resp.headers['Connection'] = 'close'
            if resp._req is None:
                if self._on_response_prepare:
                    resp._req = request
                    await request._prepare_hook(resp)
                _aiohttp.respond(request, resp._status, resp._wire_headers(), resp._body)
            elif not resp._eof_sent:
                await resp.write_eof()
        except Exception as exc:
            _log_error(exc)
            _aiohttp.abort(request)
        except BaseException:
            _aiohttp.abort(request)
            raise


def _log_error(exc):
    import sys
    sys.stderr.write('Error handling request\n' + _asyncio_core.format_exception(exc))
