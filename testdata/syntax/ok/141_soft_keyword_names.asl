def render(match, case=None, _=0, type="str", *, print=print):
    return match, case, _, type, print


def _(x):
    return x


_ = _(1)
__ = [_ for _ in range(3)]
match = {"case": 1}
match["case"] += 1
case = match.get("case")
render(match=match, case=case, _=_, type=type)


class match:
    case = 1
    type = 2
    _ = 3


obj = match()
obj.match = obj.case
obj.type = obj._
match.case, match.type = 10, 20
print(match, case, match.case)
lambda match, case: match + case
match: int = 1
case: str = "x"
type: type = int
