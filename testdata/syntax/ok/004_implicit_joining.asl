result = compute(1,
          2,
                    3,
   4)
values = [
1, 2,
        3,
  4
]
table = {'a':
             1,
   'b': 2}
total = (first_value
    + second_value
            - third_value
  * fourth_value)
call(
)
nested = ([
    {1,
  2},
        (3,
4)],
)
def f(a,
        b,
  c=3):
    return (a +
        b +
            c)
if (x and
  y):
    pass
