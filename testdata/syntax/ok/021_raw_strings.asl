import re
pattern = re.compile(r"^\d+\.\d*$")
windows = r"C:\Users\name\Documents"
regex = r'(\w+)@(\w+)\.com'
raw_quote = r"\""
raw_single = r'\''
raw_bs = r"\\"
raw_trip = r"""a\nb\
c"""
raw_bytes = rb"\x00\n"
latex = R"\frac{1}{2} \alpha"
sql = r'''SELECT * FROM t WHERE name LIKE '%\_%' '''
match = re.match(r"(?P<year>\d{4})-(?P<month>\d{2})", "2024-01")
