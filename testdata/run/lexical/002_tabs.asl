# tabs are used for indentation in this file
def f(n):
	if n > 0:
		return "pos"
	return "nonpos"

for i in (-1, 0, 1):
	print(i, f(i))
	if i:
		print("\ttab in string", i)
class A:
	def m(self):
		return "method"
print(A().m())
