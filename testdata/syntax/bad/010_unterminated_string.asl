name = 'world'
greeting = 'hello, 
print(greeting)
