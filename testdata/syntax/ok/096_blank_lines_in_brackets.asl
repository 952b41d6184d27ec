data = [

    1,

    2,
        
    3,

]

config = {
  
    "key": "value",

    # comment

    "other": (

        1,

    ),
}


def f(

    a,

    b,
):

    return a + b



class C:



    x = 1


    def m(self):


        return 2
