import struct

header = b"\x89PNG\r\n\x1a\n"
null = b"\0"
octal = b"\101\102\103"
mixed = b"abc\x00def\tghi\\"
raw = rb"\x00 stays \n literal"
unknown = b"\q\d\w"
not_unicode = b"\u1234 \U00012345 \N{BULLET}"
triple = b"""line one
line two\
 continued"""
concat = (b"part1"
          b'part2'
          rb"\part3")
packed = struct.pack(">I2sH", 1, b"ab", 0xFFFF)
magic, = struct.unpack_from("<I", b"\x01\x00\x00\x00")
empty = b""
quotes = b'it\'s' + b"say \"x\""
percent = b"%s=%d" % (b"x", 1)
