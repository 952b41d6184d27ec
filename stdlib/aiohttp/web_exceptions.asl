
# ---- aiohttp.web: the HTTPException family, responses that can be raised ----

class HTTPException(Response, Exception):
    """A response that is also an exception: raise it or return it."""
    __module__ = 'aiohttp.web_exceptions'
    status_code = -1
    empty_body = False

    def __init__(self, *, headers=None, reason=None, body=None, text=None, content_type=None):
        Response.__init__(self, status=self.status_code, headers=headers, reason=reason,
                          body=body, text=text, content_type=content_type)
        self.args = (self.reason,)
        if self.body is None and not self.empty_body:
            self.text = f'{self.status}: {self.reason}'

    def __bool__(self):
        return True

    def __str__(self):
        return self.reason

    def __repr__(self):
        return StreamResponse.__repr__(self)


class HTTPError(HTTPException):
    """Base class of 4xx and 5xx responses."""
    __module__ = 'aiohttp.web_exceptions'


class HTTPRedirection(HTTPException):
    """Base class of 3xx responses."""
    __module__ = 'aiohttp.web_exceptions'


class HTTPSuccessful(HTTPException):
    """Base class of 2xx responses."""
    __module__ = 'aiohttp.web_exceptions'


class HTTPClientError(HTTPError):
    """Base class of 4xx responses."""
    __module__ = 'aiohttp.web_exceptions'


class HTTPServerError(HTTPError):
    """Base class of 5xx responses."""
    __module__ = 'aiohttp.web_exceptions'


class _HTTPMove(HTTPRedirection):
    """A redirection with a Location."""
    __module__ = 'aiohttp.web_exceptions'

    def __init__(self, location, *, headers=None, reason=None, body=None, text=None, content_type=None):
        if not location:
            raise ValueError('HTTP redirects need a location to redirect to.')
        super().__init__(headers=headers, reason=reason, body=body, text=text, content_type=content_type)
        self.headers['Location'] = str(location)
        self.location = location


class HTTPMethodNotAllowed(HTTPClientError):
    """405, with the Allow header."""
    __module__ = 'aiohttp.web_exceptions'
    status_code = 405

    def __init__(self, method, allowed_methods, *, headers=None, reason=None, body=None, text=None, content_type=None):
        allow = ','.join(sorted(allowed_methods))
        super().__init__(headers=headers, reason=reason, body=body, text=text, content_type=content_type)
        self.headers['Allow'] = allow
        self.allowed_methods = set(allowed_methods)
        self.method = method.upper()


class HTTPRequestEntityTooLarge(HTTPClientError):
    """413: the body is bigger than client_max_size."""
    __module__ = 'aiohttp.web_exceptions'
    status_code = 413

    def __init__(self, max_size, actual_size, **kwargs):
        kwargs.setdefault('text', 'Maximum request body size {} exceeded, actual body size {}'.format(max_size, actual_size))
        super().__init__(**kwargs)


class HTTPUnavailableForLegalReasons(HTTPClientError):
    """451, with a Link to the authority."""
    __module__ = 'aiohttp.web_exceptions'
    status_code = 451

    def __init__(self, link, *, headers=None, reason=None, body=None, text=None, content_type=None):
        super().__init__(headers=headers, reason=reason, body=body, text=text, content_type=content_type)
        self.headers['Link'] = '<%s>; rel="blocked-by"' % link
        self.link = link


def _http_exc(name, base, status, empty=False):
    cls = type(name, (base,), {'status_code': status, '__module__': 'aiohttp.web_exceptions'})
    if empty:
        cls.empty_body = True
    return cls


HTTPOk = _http_exc('HTTPOk', HTTPSuccessful, 200)
HTTPCreated = _http_exc('HTTPCreated', HTTPSuccessful, 201)
HTTPAccepted = _http_exc('HTTPAccepted', HTTPSuccessful, 202)
HTTPNonAuthoritativeInformation = _http_exc('HTTPNonAuthoritativeInformation', HTTPSuccessful, 203)
HTTPNoContent = _http_exc('HTTPNoContent', HTTPSuccessful, 204, True)
HTTPResetContent = _http_exc('HTTPResetContent', HTTPSuccessful, 205, True)
HTTPPartialContent = _http_exc('HTTPPartialContent', HTTPSuccessful, 206)
HTTPMultipleChoices = _http_exc('HTTPMultipleChoices', _HTTPMove, 300)
HTTPMovedPermanently = _http_exc('HTTPMovedPermanently', _HTTPMove, 301)
HTTPFound = _http_exc('HTTPFound', _HTTPMove, 302)
HTTPSeeOther = _http_exc('HTTPSeeOther', _HTTPMove, 303)
HTTPNotModified = _http_exc('HTTPNotModified', HTTPRedirection, 304, True)
HTTPUseProxy = _http_exc('HTTPUseProxy', _HTTPMove, 305)
HTTPTemporaryRedirect = _http_exc('HTTPTemporaryRedirect', _HTTPMove, 307)
HTTPPermanentRedirect = _http_exc('HTTPPermanentRedirect', _HTTPMove, 308)
HTTPBadRequest = _http_exc('HTTPBadRequest', HTTPClientError, 400)
HTTPUnauthorized = _http_exc('HTTPUnauthorized', HTTPClientError, 401)
HTTPPaymentRequired = _http_exc('HTTPPaymentRequired', HTTPClientError, 402)
HTTPForbidden = _http_exc('HTTPForbidden', HTTPClientError, 403)
HTTPNotFound = _http_exc('HTTPNotFound', HTTPClientError, 404)
HTTPNotAcceptable = _http_exc('HTTPNotAcceptable', HTTPClientError, 406)
HTTPProxyAuthenticationRequired = _http_exc('HTTPProxyAuthenticationRequired', HTTPClientError, 407)
HTTPRequestTimeout = _http_exc('HTTPRequestTimeout', HTTPClientError, 408)
HTTPConflict = _http_exc('HTTPConflict', HTTPClientError, 409)
HTTPGone = _http_exc('HTTPGone', HTTPClientError, 410)
HTTPLengthRequired = _http_exc('HTTPLengthRequired', HTTPClientError, 411)
HTTPPreconditionFailed = _http_exc('HTTPPreconditionFailed', HTTPClientError, 412)
HTTPRequestURITooLong = _http_exc('HTTPRequestURITooLong', HTTPClientError, 414)
HTTPUnsupportedMediaType = _http_exc('HTTPUnsupportedMediaType', HTTPClientError, 415)
HTTPRequestRangeNotSatisfiable = _http_exc('HTTPRequestRangeNotSatisfiable', HTTPClientError, 416)
HTTPExpectationFailed = _http_exc('HTTPExpectationFailed', HTTPClientError, 417)
HTTPMisdirectedRequest = _http_exc('HTTPMisdirectedRequest', HTTPClientError, 421)
HTTPUnprocessableEntity = _http_exc('HTTPUnprocessableEntity', HTTPClientError, 422)
HTTPFailedDependency = _http_exc('HTTPFailedDependency', HTTPClientError, 424)
HTTPUpgradeRequired = _http_exc('HTTPUpgradeRequired', HTTPClientError, 426)
HTTPPreconditionRequired = _http_exc('HTTPPreconditionRequired', HTTPClientError, 428)
HTTPTooManyRequests = _http_exc('HTTPTooManyRequests', HTTPClientError, 429)
HTTPRequestHeaderFieldsTooLarge = _http_exc('HTTPRequestHeaderFieldsTooLarge', HTTPClientError, 431)
HTTPInternalServerError = _http_exc('HTTPInternalServerError', HTTPServerError, 500)
HTTPNotImplemented = _http_exc('HTTPNotImplemented', HTTPServerError, 501)
HTTPBadGateway = _http_exc('HTTPBadGateway', HTTPServerError, 502)
HTTPServiceUnavailable = _http_exc('HTTPServiceUnavailable', HTTPServerError, 503)
HTTPGatewayTimeout = _http_exc('HTTPGatewayTimeout', HTTPServerError, 504)
HTTPVersionNotSupported = _http_exc('HTTPVersionNotSupported', HTTPServerError, 505)
HTTPVariantAlsoNegotiates = _http_exc('HTTPVariantAlsoNegotiates', HTTPServerError, 506)
HTTPInsufficientStorage = _http_exc('HTTPInsufficientStorage', HTTPServerError, 507)
HTTPNotExtended = _http_exc('HTTPNotExtended', HTTPServerError, 510)
HTTPNetworkAuthenticationRequired = _http_exc('HTTPNetworkAuthenticationRequired', HTTPServerError, 511)
