class Stack:
	def __init__(self):
		self.items = []

	def push(self, item):
		self.items.append(item)
		if len(self.items) > 10:
			raise OverflowError("full")

	def pop(self):
		if not self.items:
			return None
		return self.items.pop()


def main():
	s = Stack()
	for i in range(5):
		s.push(i)
	while (v := s.pop()) is not None:
		print(v)
