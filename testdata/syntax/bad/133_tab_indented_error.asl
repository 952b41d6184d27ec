def f():
	if True:
		x = = 2
