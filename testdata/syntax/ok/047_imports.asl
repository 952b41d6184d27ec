import os
import os.path
import a.b.c
import a.b.c as abc
import os as operating_system, sys
import json, re, collections.abc
from os import path
from os import path as p, sep
from os.path import (join, split)
from os.path import (
    join,
    split as sp,
    exists,
)
from . import sibling
from .. import parent
from ... import grandparent
from .mod import thing
from ..pkg.mod import (a, b as c,)
from .... import deep
from .a.b import c as d
from ...... import very_deep
from m import *
from .m import *
from __future__ import annotations
import match, case
