from ..helper import ONE as ONE_FROM_PARENT
