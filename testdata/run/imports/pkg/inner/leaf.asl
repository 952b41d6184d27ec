from .. import sub
from ...  import nothing
