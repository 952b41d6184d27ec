# leading comment
#!not a shebang, just a comment

import os  # trailing comment after import


def decorate(f):  # comment after def header
    # comment at body start
    return f
        # comment at odd indentation (deeper)
  # comment at odd indentation (shallower)


@decorate
# comment between decorator and def
def handler(
    path,  # the path
    # a comment on its own line inside params
    mode="r",  # default mode
):  # after the closing paren
    items = [
        1,  # one
        # nothing here
        2,
    ]  # done
    mapping = {  # open brace
        "a": 1,  # a
    # weird indentation comment
                "b": 2,
    }
    if path:
        pass
    # comment between if body and else
    else:
        return None
    return os.path.join(path, mode), items, mapping
# final comment without anything after
