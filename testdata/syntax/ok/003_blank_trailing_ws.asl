def f(x):
    y = x + 1
    
  
    return y
	

class A:
    a = 1   
        
    b = 2

   
z = f(2)  
