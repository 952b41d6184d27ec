package compiler

// loadName loads a variable into dst, wherever it lives.
func (g *gen) loadName(name string, dst int) {
	kind := g.sc.kinds[name]
	if kind == NameLocal && g.isCellName(name) {
		kind = NameCell
	}
	switch kind {
	case NameLocal:
		r := g.regOf[name]
		if !g.isBound(name) {
			g.emit(OpCheckLocal, r, g.nameIndex(name), 0)
		}
		if r != dst {
			g.emit(OpMove, dst, r, 0)
		}
	case NameCell, NameFree:
		g.loadCell(name, dst)
	case NameGlobalExplicit:
		g.emitBx(OpLoadGlobal, dst, g.nameIndex(name))
	case NameClassLocal:
		if k, ok := g.cell[name]; ok {
			g.emit(OpLoadClassDeref, dst, k, g.nameIndex(name))
			return
		}
		g.emitBx(OpLoadName, dst, g.nameIndex(name))
	default:
		if k, ok := g.cell[name]; ok {
			g.emit(OpLoadDeref, dst, k, g.nameIndex(name))
			return
		}
		if g.code.Kind == ModuleCode || g.code.Kind == ClassCode {
			g.emitBx(OpLoadName, dst, g.nameIndex(name))
			return
		}
		g.emitBx(OpLoadGlobal, dst, g.nameIndex(name))
	}
}

// loadsGlobal reports whether loadName compiles name to a LOADGLOBAL.
func (g *gen) loadsGlobal(name string) bool {
	switch g.sc.kinds[name] {
	case NameGlobalExplicit:
		return true
	case NameGlobalImplicit:
		_, cell := g.cell[name]
		return !cell && g.code.Kind == FunctionCode
	}
	return false
}

func (g *gen) loadCell(name string, dst int) {
	if k, ok := g.cell[name]; ok {
		g.emit(OpLoadDeref, dst, k, g.nameIndex(name))
		return
	}
	g.emitBx(OpLoadGlobal, dst, g.nameIndex(name))
}

// storeName stores register src into a variable.
func (g *gen) storeName(name string, src int) {
	kind := g.sc.kinds[name]
	if k, ok := g.cell[name]; ok && (kind == NameCell || kind == NameFree || kind == NameLocal || g.isCellName(name)) {
		g.emit(OpStoreDeref, src, k, g.nameIndex(name))
		return
	}
	switch kind {
	case NameLocal:
		r := g.regOf[name]
		if r != src {
			g.emit(OpMove, r, src, 0)
		}
		g.markBound(name)
	case NameGlobalExplicit:
		g.emitBx(OpStoreGlobal, src, g.nameIndex(name))
	case NameClassLocal:
		g.emitBx(OpStoreName, src, g.nameIndex(name))
	default:
		if g.code.Kind == ModuleCode || g.code.Kind == ClassCode {
			g.emitBx(OpStoreName, src, g.nameIndex(name))
			return
		}
		g.emitBx(OpStoreGlobal, src, g.nameIndex(name))
	}
}

// isCellName reports whether name is one of this frame's own cells.
func (g *gen) isCellName(name string) bool {
	for _, n := range g.code.CellNames {
		if n == name {
			return true
		}
	}
	return false
}

// deleteName compiles "del name".
func (g *gen) deleteName(name string) {
	if k, ok := g.cell[name]; ok && g.sc.kinds[name] != NameGlobalExplicit && g.sc.kinds[name] != NameClassLocal {
		g.emit(OpDelDeref, 0, k, g.nameIndex(name))
		return
	}
	switch g.sc.kinds[name] {
	case NameLocal:
		g.emit(OpDelLocal, g.regOf[name], g.nameIndex(name), 0)
		g.unbind(name)
	case NameGlobalExplicit:
		g.emitBx(OpDelGlobal, 0, g.nameIndex(name))
	default:
		if g.code.Kind == ModuleCode || g.code.Kind == ClassCode {
			g.emitBx(OpDelName, 0, g.nameIndex(name))
			return
		}
		g.emitBx(OpDelGlobal, 0, g.nameIndex(name))
	}
}

// Definite assignment: locals known to be bound need no unbound check
// when read. The set only grows along straight-line code; compound
// statements restore it afterwards (see saveBound).

func (g *gen) isBound(name string) bool { return g.bound[name] && !g.deleted[name] }

func (g *gen) markBound(name string) {
	if g.bound == nil {
		g.bound = map[string]bool{}
	}
	g.bound[name] = true
}

func (g *gen) unbind(name string) { delete(g.bound, name) }

// saveBound returns a function that restores the current set.
func (g *gen) saveBound() func() {
	saved := make(map[string]bool, len(g.bound))
	for k, v := range g.bound {
		saved[k] = v
	}
	return func() { g.bound = saved }
}
