'''Module docstring.

Spans several lines
to test line counting.
'''
x = 1
y = x +* 2
