import re

match = re.match(r"\w+", "hello")
case = "upper"
if match:
    print(match.group(0))


def match(pattern, text, case=False):
    return re.match(pattern, text, re.I if case else 0)


class case:
    match = None

    def case(self, match):
        self.match = match
        return self


match.attr = 1
case.match = match
match[0] = case
result = match(case, match)
print(match, case)
match, case = case, match
case = [match for match in range(3)]
matches = {case: match for case, match in pairs}
match -= 1
match * 2
match(x)
match[x]
match.x
_ = case
type = "identifier"
type(x)
print(type, _)
