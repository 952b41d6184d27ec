def walk(tree, depth=0):
	for node in tree:
		if node:
			while node.pending:
				try:
					with node.lock:
						for child in node.children:
							if child.visible:
								if child.dirty:
									for attr in child.attrs:
										while attr:
											if attr.name:
												try:
													yield depth, attr.name
													attr = attr.next
												except AttributeError:
													break
										else:
											continue
					node.pending = False
				except RuntimeError:
					return
	else:
		pass


print(list(walk([])))
