x = 1
s = b'abc' 'def'
