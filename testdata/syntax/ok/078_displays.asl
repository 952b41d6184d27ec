empty_list = []
empty_dict = {}
empty_set = set()
one_set = {1}
list_of_lists = [[], [[]], [[], []]]
dict_nested = {"a": {"b": {"c": {}}}}
set_mixed = {1, "two", (3,), None}
dict_keys = {1: "int", "s": "str", (1, 2): "tuple", None: "none", True: "bool"}
dict_exprs = {k * 2: v + 1 for k, v in []}
dict_multiline = {
    "name": "asl",
    "version": (0, 1, 0),
    "deps": [
        "go",
    ],
    **extras,
}
list_mixed = [1, 2.0, 3j, "4", b"5", None, ..., [6], {7}, {8: 9}, (10,)]
dict_lambda = {"f": lambda x: x, "g": lambda: None}
dict_cond = {"k": a if b else c}
set_star = {*range(3), *"ab"}
list_gen = [(x for x in y)]
dict_walrus = {"k": (n := 1)}
