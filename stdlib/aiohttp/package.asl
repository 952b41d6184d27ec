# aiohttp: the client (aiohttp.client) at the top level; the server is the
# submodule aiohttp.web.

__version__ = '3.8.4'

from aiohttp.client import *
from aiohttp.client import ConnectionKey, ClientResponse, _RequestContextManager
from aiohttp.helpers import HttpVersion, HttpVersion10, HttpVersion11
from multidict import CIMultiDict, CIMultiDictProxy, MultiDict, MultiDictProxy
