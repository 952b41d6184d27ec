def configure(
        host: str = "localhost",   # where
        port: int = 8080,          # which port
        *,
        debug: bool = False,
        # comment line inside signature
        **extra,
) -> None:
    pass


def closing_at_zero(a,
                    b
):
    return a, b


def one_per_line(
    a
    ,
    b
    ,
    /
    ,
    c
):
    pass


class   Spaced   (  Base  ,  metaclass  =  Meta  )  :
    def   method  (  self  ,  x  :  int  =  1  )  ->  int  :
        return   x


async   def   spaced_async  (  )  :
    await   spaced_call  (  )


x = f  (  1  ,  2  )  [  0  ]  .  attr
