package ast

// Pos is the source range of a node, with CPython's conventions: lines are
// 1-based and columns are 0-based offsets in UTF-8 bytes. The end position
// is exclusive.
type Pos struct {
	Lineno, ColOffset, EndLineno, EndColOffset int
}

// GetPos returns p itself, so that the position of any node embedding Pos
// can be read and set through the Positioned interface.
func (p *Pos) GetPos() *Pos { return p }
