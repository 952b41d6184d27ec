a=b+c*d-e/f
x,y=y,x
f(a,b)[c:d]
l=[1,2,3,]
d={'a':1,'b':[2,3]}
s={1,2}
t=(1,)
z=a if b else c
w=lambda x,y=1:x+y
if a<b<=c:pass
for i,j in zip(a,b):k=i*j
while~a:a+=1
g=[i**2 for i in range(3)]
h=not-a
i=a[::2][1:][:-1]
j=f'{a}'"b"'c'
k=a@b@c
m=(yield_)if(a)else(b)
n=a.b.c(d)[e].f
o=-1*-1
p=x==y!=z
q=[*a,*b];r={**c,**d}
def f(a,*b,c=1,**d):return a
class C(B,metaclass=M):x=1
