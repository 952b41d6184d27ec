def one_space():
 return 1


def seven_spaces():
       x = 1
       if x:
                 y = 2
                 while y:
                  y -= 1
       return x


class Weird:
   a = 1
   def m(self):
     if self:
         pass
     else:
                                        pass
     return None


if True:
 if True:
  if True:
   if True:
    print("staircase")
   print("back")
 print("further")
