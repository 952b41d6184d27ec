import	os
x	=	1
def	f(a,	b):
    return	a	+	b	# tabs between tokens
values = [1,	2,	3]
if x	==	1:
	print(f(x,	x))
class	C:
	pass
