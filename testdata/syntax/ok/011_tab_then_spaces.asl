def process(rows):
	for row in rows:
	    if row:
	        total = sum(row)
	        print(total)
	    else:
	        print("empty")
	return len(rows)


class Config:
	def get(self, key):
	  try:
	    return self.data[key]
	  except KeyError:
	    return None
