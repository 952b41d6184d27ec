
# ---- aiohttp.web: running applications (AppRunner, TCPSite, run_app) ----


class GracefulExit(SystemExit):
    code = 1


class AppRunner:
    """Sets an application up and holds the sites that serve it."""
    __module__ = 'aiohttp.web_runner'

    def __init__(self, app, *, handle_signals=False, access_log=None, shutdown_timeout=60.0, **kwargs):
        if not isinstance(app, Application):
            raise TypeError('The first argument should be web.Application instance, got {!r}'.format(app))
        self._app = app
        self._sites = []
        self._server = None
        self._shutdown_timeout = shutdown_timeout

    @property
    def app(self):
        return self._app

    @property
    def server(self):
        return self._server

    @property
    def sites(self):
        return set(self._sites)

    @property
    def addresses(self):
        return [_aiohttp.server_addresses(site._handle) for site in self._sites if site._handle is not None]

    async def setup(self):
        self._app.freeze()
        self._server = self._app._handle
        await self._app.startup()

    async def shutdown(self):
        await self._app.shutdown()

    async def cleanup(self):
        for site in list(self._sites):
            await site.stop()
        await self._app.shutdown()
        self._server = None
        await self._app.cleanup()

    def _reg_site(self, site):
        if site in self._sites:
            raise RuntimeError(f'Site {site} is already registered in runner {self}')
        self._sites.append(site)

    def _unreg_site(self, site):
        if site not in self._sites:
            raise RuntimeError(f'Site {site} is not registered in runner {self}')
        self._sites.remove(site)


class _Socket:
    """What site._server.sockets holds: getsockname() of the listener."""

    def __init__(self, handle):
        self._handle = handle

    def getsockname(self):
        return _aiohttp.server_addresses(self._handle)


class _Server:
    def __init__(self, handle):
        self._handle = handle

    @property
    def sockets(self):
        return [_Socket(self._handle)]


class TCPSite:
    """Serves a runner's application on a host and a port (0: any free one)."""
    __module__ = 'aiohttp.web_runner'

    def __init__(self, runner, host=None, port=None, *, shutdown_timeout=60.0, ssl_context=None,
                 backlog=128, reuse_address=None, reuse_port=None):
        if runner.server is None:
            raise RuntimeError('Call runner.setup() before making a site')
        self._runner = runner
        self._host = host
        if port is None:
            port = 8080
        self._port = port
        self._handle = None
        self._server = None

    @property
    def name(self):
        host = '0.0.0.0' if self._host is None else self._host
        if not self._port or self._port == 80:
            return f'http://{host}'
        return f'http://{host}:{self._port}'

    async def start(self):
        self._runner._reg_site(self)
        app = self._runner._app
        self._handle = _aiohttp.serve(self._host, self._port, app._handle, app._client_max_size)
        self._server = _Server(self._handle)

    async def stop(self):
        self._runner._unreg_site(self)
        if self._handle is not None:
            handle = self._handle
            self._handle = None
            await _aiohttp.server_close(handle)


async def _run_app(app, *, host=None, port=None, print=print, **kwargs):
    if _asyncio.iscoroutine(app):
        app = await app
    runner = AppRunner(app)
    await runner.setup()
    try:
        site = TCPSite(runner, host, port)
        await site.start()
        if print is not None:
            names = sorted(str(s.name) for s in runner.sites)
            print('======== Running on {} ========\n(Press CTRL+C to quit)'.format(', '.join(names)))
            import sys
            sys.stdout.flush()
        while True:
            await _asyncio.sleep(3600)
    finally:
        await runner.cleanup()


def run_app(app, *, host=None, port=None, path=None, sock=None, shutdown_timeout=60.0,
            keepalive_timeout=75.0, ssl_context=None, print=print, backlog=128,
            access_log_class=None, access_log_format=None, access_log=None,
            handle_signals=True, reuse_address=None, reuse_port=None, loop=None):
    """Serves app until Ctrl-C, then shuts it down and returns."""
    main = _run_app(app, host=host, port=port, print=print)
    try:
        _asyncio.run(main)
    except (GracefulExit, KeyboardInterrupt):
        pass
