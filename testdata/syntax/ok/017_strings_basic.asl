a = 'single'
b = "double"
c = '''triple
single'''
d = """triple
double"""
e = ''
f = ""
g = ''''''
h = """"""
i = 'it\'s'
j = "say \"hi\""
k = "it's"
l = 'say "hi"'
m = """contains "quotes" and 'apostrophes' and "" pairs"""
n = '''ends with quote"'''
o = """ends with escaped quote\""""
p = '''a ' b '' c'''
