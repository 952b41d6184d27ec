settings = {"debug": False}


def get(key):
    return settings[key]
