from . import config
from .config import get as get_setting


def start():
    config.settings["debug"] = True
    return get_setting("debug")
