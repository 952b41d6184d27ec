package parser

import (
	plex "github.com/alecthomas/participle/v2/lexer"
)

// The participle grammar. Its structs are the concrete syntax; lower*.go
// turns them into package ast's nodes. Binary operators are parsed as flat
// operand/operator lists and arranged by precedence while lowering, which
// keeps the grammar shallow and fast.

// gRoot makes the productions that participle interprets known to it, so
// that sub-parsers can be made for them (see fast.go).
type gRoot struct {
	Expr   *gExprInput `parser:"@@"`
	Lambda *gLambda    `parser:"| @@"`
	Import *gImport    `parser:"| @@"`
	From   *gFrom      `parser:"| @@"`
	Param  *gParam     `parser:"| @@"`
}

type gFile struct {
	Stmts []*gStmt
}

// gExprInput is a parenthesized expression parsed on its own, as the
// fields of f-strings are.
type gExprInput struct {
	Exprs *gStarExprs `parser:"@@ Newline?"`
}

type gStmt struct {
	Compound *gCompound
	Simple   *gSimpleLine
}

type gSimpleLine struct {
	Stmts []*gSmall
}

type gSmall struct {
	Pos      plex.Position
	Pass     bool
	Break    bool
	Continue bool
	Return   *gReturn
	Raise    *gRaise
	Global   *gNames
	Nonlocal *gNames
	Del      *gDel
	Assert   *gAssert
	Import   *gImport
	From     *gFrom
	Expr     *gExprStmt
	Tokens   []plex.Token
}

type gReturn struct {
	Value *gStarExprs
}

type gRaise struct {
	Exc   *gTest
	Cause *gTest
}

type gNames struct {
	Names []string
}

type gDel struct {
	Targets *gTargetList
}

type gAssert struct {
	Test *gTest
	Msg  *gTest
}

type gImport struct {
	Names []*gDottedAs `parser:"\"import\" @@ ( \",\" @@ )*"`
}

type gDottedAs struct {
	Pos    plex.Position
	Name   []string `parser:"@Name ( \".\" @Name )*"`
	As     string   `parser:"( \"as\" @Name )?"`
	Tokens []plex.Token
}

type gFrom struct {
	Dots   []string   `parser:"\"from\" @( \".\" | \"...\" )*"`
	Module []string   `parser:"( @Name ( \".\" @Name )* )?"`
	Star   bool       `parser:"\"import\" ( @\"*\""`
	Paren  []*gNameAs `parser:"| \"(\" @@ ( \",\" @@ )* \",\"? \")\""`
	Names  []*gNameAs `parser:"| @@ ( \",\" @@ )* )"`
}

type gNameAs struct {
	Pos    plex.Position
	Name   string `parser:"@Name"`
	As     string `parser:"( \"as\" @Name )?"`
	Tokens []plex.Token
}

// gExprStmt is an expression statement or any kind of assignment.
type gExprStmt struct {
	Pos    plex.Position
	First  *gRhs
	Annot  *gTest
	AnnVal *gRhs
	AugOp  string
	AugVal *gRhs
	Rest   []*gRhs
	Tokens []plex.Token
}

// gRhs is the right-hand side of an assignment: a yield or expressions.
type gRhs struct {
	Yield *gYield
	Exprs *gStarExprs
}

type gYield struct {
	Pos    plex.Position
	From   *gTest
	Value  *gStarExprs
	Tokens []plex.Token
}

// gStarExprs is a comma-separated list of possibly starred expressions;
// one without a comma is a plain expression.
type gStarExprs struct {
	Pos    plex.Position
	Items  []*gStarExpr
	Comma  bool
	Tokens []plex.Token
}

type gStarExpr struct {
	Pos    plex.Position
	Star   *gBitExpr
	Expr   gTest
	Tokens []plex.Token
}

// gNamed is a named expression (walrus) or a plain expression.
type gNamed struct {
	Pos    plex.Position
	Name   string
	Value  gTest
	Tokens []plex.Token
}

type gStarNamed struct {
	Pos    plex.Position
	Star   *gBitExpr
	Expr   gNamed
	Tokens []plex.Token
}

type gTest struct {
	Pos    plex.Position
	Lambda *gLambda
	Body   gDisj
	Cond   *gDisj
	Else   *gTest
	Tokens []plex.Token
}

type gLambda struct {
	Pos    plex.Position
	Params []*gLParam `parser:"\"lambda\" ( @@ ( \",\" @@ )* \",\"? )? \":\""`
	Body   *gTest     `parser:"@@"`
	Tokens []plex.Token
}

type gLParam struct {
	Pos     plex.Position
	Slash   bool   `parser:"( @\"/\""`
	DStar   string `parser:"| \"**\" @Name"`
	Star    bool   `parser:"| @\"*\""`
	StarArg string `parser:"@Name?"`
	Name    string `parser:"| @Name )"`
	Default *gTest `parser:"( \"=\" @@ )?"`
	Tokens  []plex.Token
}

// gDisj is a flat list of operands joined by binary, boolean and comparison
// operators.
type gDisj struct {
	Pos    plex.Position
	Head   *gOperand
	Tail   []*gBinOp
	Tokens []plex.Token
}

type gBinOp struct {
	Pos   plex.Position
	Op    string
	Right *gOperand
}

// gBitExpr is a flat list of operands joined by bitwise and arithmetic
// operators only: the targets of for and with, and starred expressions.
type gBitExpr struct {
	Pos    plex.Position
	Head   *gOperand
	Tail   []*gBinOp
	Tokens []plex.Token
}

type gOperand struct {
	Pos      plex.Position
	Prefix   []*gPrefix
	Await    bool
	Atom     gAtom
	Trailers []*gTrailer
	Tokens   []plex.Token
}

type gPrefix struct {
	Pos plex.Position
	Op  string
}

type gAtom struct {
	Pos     plex.Position
	Name    string
	Number  string
	Strings *gStrings
	Const   string
	Paren   *gParen
	List    *gList
	Brace   *gBrace
	Tokens  []plex.Token
}

type gStrings struct {
	Parts  []string
	Tokens []plex.Token
}

type gParen struct {
	Pos    plex.Position
	Yield  *gYield
	Seq    *gSeq
	Tokens []plex.Token
}

type gList struct {
	Pos    plex.Position
	Seq    *gSeq
	Tokens []plex.Token
}

// gSeq is the inside of a parenthesis or list display: one element with a
// comprehension, or a comma-separated list.
type gSeq struct {
	First *gStarNamed
	Comp  *gCompFor
	Rest  []*gStarNamed
	Comma bool
}

type gBrace struct {
	Pos    plex.Position
	First  *gBraceItem
	Comp   *gCompFor
	Rest   []*gBraceItem
	Tokens []plex.Token
}

type gBraceItem struct {
	Pos    plex.Position
	DStar  *gBitExpr
	Key    *gStarNamed
	Value  *gTest
	Tokens []plex.Token
}

type gCompFor struct {
	Pos    plex.Position
	Async  bool
	Target *gTargetList
	Iter   *gDisj
	Ifs    []*gDisj
	Next   *gCompFor
}

// gTargetList is a comma-separated list of assignment targets (for, del).
type gTargetList struct {
	Pos    plex.Position
	Items  []*gStarBit
	Comma  bool
	Tokens []plex.Token
}

type gStarBit struct {
	Pos    plex.Position
	Star   bool
	Expr   *gBitExpr
	Tokens []plex.Token
}

type gTrailer struct {
	Pos    plex.Position
	Call   *gCall
	Index  *gSubscript
	Attr   string
	Tokens []plex.Token
}

type gCall struct {
	Pos    plex.Position
	Args   []*gArg
	Tokens []plex.Token
}

type gArg struct {
	Pos    plex.Position
	Star   *gTest
	DStar  *gTest
	Kw     string
	KwVal  *gTest
	Value  *gNamed
	Comp   *gCompFor
	Tokens []plex.Token
}

type gSubscript struct {
	Items []*gSlice
	Comma bool
}

type gSlice struct {
	Pos    plex.Position
	Star   *gBitExpr
	Lower  *gNamed
	Rest1  *gSliceRest
	Rest2  *gSliceRest
	Tokens []plex.Token
}

// gSliceRest is the part of a slice from its first colon.
type gSliceRest struct {
	Upper *gTest
	Colon bool
	Step  *gTest
}

// Compound statements.

type gCompound struct {
	If        *gIf
	While     *gWhile
	For       *gFor
	Try       *gTry
	With      *gWith
	Def       *gFuncDef
	Class     *gClassDef
	Decorated *gDecorated
	Async     *gAsync
}

type gBlock struct {
	Pos    plex.Position
	Simple *gSimpleLine
	Stmts  []*gStmt
}

type gIf struct {
	Pos   plex.Position
	Test  *gNamed
	Body  *gBlock
	Elifs []*gElif
	Else  *gBlock
}

type gElif struct {
	Pos  plex.Position
	Test *gNamed
	Body *gBlock
}

type gWhile struct {
	Pos  plex.Position
	Test *gNamed
	Body *gBlock
	Else *gBlock
}

type gFor struct {
	Pos    plex.Position
	Target *gTargetList
	Iter   *gStarExprs
	Body   *gBlock
	Else   *gBlock
}

type gTry struct {
	Pos      plex.Position
	Body     *gBlock
	Handlers []*gExcept
	Else     *gBlock
	Finally  *gBlock
	EndPos   plex.Position
}

type gExcept struct {
	Pos  plex.Position
	Star bool
	Type *gTest
	Name string
	Body *gBlock
}

type gWith struct {
	Pos   plex.Position
	Paren []*gWithItem
	Items []*gWithItem
	Body  *gBlock
}

type gWithItem struct {
	Pos    plex.Position
	Expr   *gTest
	Target *gStarBit
}

type gFuncDef struct {
	Pos     plex.Position
	Name    string
	Params  []*gParam
	Returns *gTest
	Body    *gBlock
}

type gParam struct {
	Pos     plex.Position
	Slash   bool        `parser:"( @\"/\""`
	DStar   *gParamName `parser:"| \"**\" @@"`
	Star    bool        `parser:"| @\"*\""`
	StarArg *gParamName `parser:"@@?"`
	Plain   *gParamName `parser:"| @@ )"`
	Default *gTest      `parser:"( \"=\" @@ )?"`
	Tokens  []plex.Token
}

type gParamName struct {
	Pos    plex.Position
	Name   string `parser:"@Name"`
	Annot  *gTest `parser:"( \":\" @@ )?"`
	Tokens []plex.Token
}

type gClassDef struct {
	Pos  plex.Position
	Name string
	Args *gCall
	Body *gBlock
}

type gDecorated struct {
	Decorators []*gDecorator
	Def        *gFuncDef
	AsyncDef   *gAsyncDef
	Class      *gClassDef
}

type gAsyncDef struct {
	Pos plex.Position
	Def *gFuncDef
}

type gDecorator struct {
	Pos  plex.Position
	Expr *gNamed
}

type gAsync struct {
	Pos  plex.Position
	Def  *gFuncDef
	For  *gFor
	With *gWith
}
