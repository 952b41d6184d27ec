def render(rows,
           width=10):
	out = []
	for row in rows:
		cells = [str(c).ljust(width)
		         for c in row]
		line = " | ".join(
            cells)
		if len(line) > 80 \
   and width > 4:
			line = line[:77] + "..."
		out.append(line)
	return "\n".join(out)


class Table:
	headers = (
  "id",
	"name",
			"email",
	)

	def __init__(self):
		self.rows = []
