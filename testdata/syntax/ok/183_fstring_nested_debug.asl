width, prec, value = 12, 3, 2.718281828
items = {"pi": 3.14159, "e": value}
a = f"{value=:{width}.{prec}f}"
b = f"{value=!r:^{width}}"
c = f"{items['pi']=:.2f}"
d = f"{f'{value:.{prec}f}'=}"
e = f"{width * prec = }"
g = f"{'=' * width}"
h = "\n".join(f"{k!s:<{width}}={v:>{width}.{prec}e}" for k, v in items.items())
i = f"""{
    value
    =
}"""
j = f"{value!a:{'>'}{width}}"
k = f"{value:{width}{'.'}{prec}}"
