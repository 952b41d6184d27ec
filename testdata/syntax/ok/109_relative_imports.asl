from . import a
from .. import b
from ... import c
from .... import d
from ..... import e
from .mod import f
from ..mod import g
from ...mod import h
from ....mod.sub import i
from . mod import j
from .  mod . sub import k
from . import (l, m as mm,
    n)
from .pkg import *
from a . b . c import d as e
import a . b . c
import a.b as ab, c.d as cd, e
