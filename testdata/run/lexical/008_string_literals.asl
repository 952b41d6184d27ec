print('single', "double")
print('''triple
single''')
print("""triple
double""")
print('it\'s', "say \"hi\"", 'mix "q"', "mix 'q'")
print("a\tb|", "back\\slash", "nl\nx")
print("\x41\x62", "\u00e9", "\u4e2d", "\101")
print(r"raw\n\t", R"RAW\x41", r'\\')
print(len("\n"), len(r"\n"), len("\x00"))
print("adj" "acent" 'strings' """join""")
print(repr("quote'inside"), repr('dq"inside'), repr('both\'"'))
print('''a "b" 'c' ''' + """x 'y' "z" """)
print("line1\
line2")
print("\a\b\f\v\r".encode())
print(repr('\0'), repr('\x7f'), repr('\u200b'))
