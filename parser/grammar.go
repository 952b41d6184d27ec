package parser

import (
	plex "github.com/alecthomas/participle/v2/lexer"
)

// The participle grammar. Its structs are the concrete syntax; lower*.go
// turns them into package ast's nodes. Binary operators are parsed as flat
// operand/operator lists and arranged by precedence while lowering, which
// keeps the grammar shallow and fast.

// gRoot makes every production known to participle: gFile is what is
// parsed, the other alternatives exist only so that sub-parsers can be made
// for the productions that fast.go parses from Go code.
type gRoot struct {
	File      *gFile       `parser:"@@"`
	Expr      *gExprInput  `parser:"| @@"`
	Compound  *gCompound   `parser:"| @@"`
	Simple    *gSimpleLine `parser:"| @@"`
	Return    *gReturn     `parser:"| @@"`
	Raise     *gRaise      `parser:"| @@"`
	Names     *gNames      `parser:"| @@"`
	Del       *gDel        `parser:"| @@"`
	Assert    *gAssert     `parser:"| @@"`
	Import    *gImport     `parser:"| @@"`
	From      *gFrom       `parser:"| @@"`
	ExprStmt  *gExprStmt   `parser:"| @@"`
	Paren     *gParen      `parser:"| @@"`
	List      *gList       `parser:"| @@"`
	Brace     *gBrace      `parser:"| @@"`
	Call      *gCall       `parser:"| @@"`
	Subscript *gSubscript  `parser:"| @@"`
	Lambda    *gLambda     `parser:"| @@"`
	Yield     *gYield      `parser:"| @@"`
	CompFor   *gCompFor    `parser:"| @@"`
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
	Value *gStarExprs `parser:"\"return\" @@?"`
}

type gRaise struct {
	Exc   *gTest `parser:"\"raise\" ( @@"`
	Cause *gTest `parser:"( \"from\" @@ )? )?"`
}

type gNames struct {
	Names []string `parser:"@Name ( \",\" @Name )*"`
}

type gDel struct {
	Targets *gTargetList `parser:"\"del\" @@"`
}

type gAssert struct {
	Test *gTest `parser:"\"assert\" @@"`
	Msg  *gTest `parser:"( \",\" @@ )?"`
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
	From   *gTest      `parser:"\"yield\" ( \"from\" @@"`
	Value  *gStarExprs `parser:"| @@ )?"`
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
	Expr   *gTest
	Tokens []plex.Token
}

// gNamed is a named expression (walrus) or a plain expression.
type gNamed struct {
	Pos    plex.Position
	Name   string
	Value  *gTest
	Tokens []plex.Token
}

type gStarNamed struct {
	Pos    plex.Position
	Star   *gBitExpr
	Expr   *gNamed
	Tokens []plex.Token
}

type gTest struct {
	Pos    plex.Position
	Lambda *gLambda
	Body   *gDisj
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
	Atom     *gAtom
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
	Yield  *gYield `parser:"\"(\" ( @@"`
	Seq    *gSeq   `parser:"| @@ )? \")\""`
	Tokens []plex.Token
}

type gList struct {
	Pos    plex.Position
	Seq    *gSeq `parser:"\"[\" @@? \"]\""`
	Tokens []plex.Token
}

// gSeq is the inside of a parenthesis or list display: one element with a
// comprehension, or a comma-separated list.
type gSeq struct {
	First *gStarNamed   `parser:"@@"`
	Comp  *gCompFor     `parser:"( @@"`
	Rest  []*gStarNamed `parser:"| ( \",\" @@ )+"`
	Comma bool          `parser:"@\",\"? | @\",\" )?"`
}

type gBrace struct {
	Pos    plex.Position
	First  *gBraceItem   `parser:"\"{\" ( @@"`
	Comp   *gCompFor     `parser:"( @@"`
	Rest   []*gBraceItem `parser:"| ( \",\" @@ )+ \",\"? | \",\" )? )? \"}\""`
	Tokens []plex.Token
}

type gBraceItem struct {
	Pos    plex.Position
	DStar  *gBitExpr   `parser:"\"**\" @@"`
	Key    *gStarNamed `parser:"| @@"`
	Value  *gTest      `parser:"( \":\" @@ )?"`
	Tokens []plex.Token
}

type gCompFor struct {
	Pos    plex.Position
	Async  bool         `parser:"@\"async\"?"`
	Target *gTargetList `parser:"\"for\" @@"`
	Iter   *gDisj       `parser:"\"in\" @@"`
	Ifs    []*gDisj     `parser:"( \"if\" @@ )*"`
	Next   *gCompFor    `parser:"@@?"`
}

// gTargetList is a comma-separated list of assignment targets (for, del).
type gTargetList struct {
	Pos    plex.Position
	Items  []*gStarBit `parser:"@@ ( \",\" @@ )*"`
	Comma  bool        `parser:"@\",\"?"`
	Tokens []plex.Token
}

type gStarBit struct {
	Pos    plex.Position
	Star   bool      `parser:"@\"*\"?"`
	Expr   *gBitExpr `parser:"@@"`
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
	Items []*gSlice `parser:"@@ ( \",\" @@ )*"`
	Comma bool      `parser:"@\",\"?"`
}

type gSlice struct {
	Pos    plex.Position
	Star   *gBitExpr   `parser:"\"*\" @@"`
	Lower  *gNamed     `parser:"| @@"`
	Rest1  *gSliceRest `parser:"@@?"`
	Rest2  *gSliceRest `parser:"| @@"`
	Tokens []plex.Token
}

// gSliceRest is the part of a slice from its first colon.
type gSliceRest struct {
	Upper *gTest `parser:"\":\" @@?"`
	Colon bool   `parser:"( @\":\""`
	Step  *gTest `parser:"@@? )?"`
}

// Compound statements.

type gCompound struct {
	If        *gIf        `parser:"@@"`
	While     *gWhile     `parser:"| @@"`
	For       *gFor       `parser:"| @@"`
	Try       *gTry       `parser:"| @@"`
	With      *gWith      `parser:"| @@"`
	Def       *gFuncDef   `parser:"| @@"`
	Class     *gClassDef  `parser:"| @@"`
	Decorated *gDecorated `parser:"| @@"`
	Async     *gAsync     `parser:"| @@"`
}

type gBlock struct {
	Pos    plex.Position
	Simple *gSimpleLine
	Stmts  []*gStmt
}

type gIf struct {
	Pos   plex.Position
	Test  *gNamed  `parser:"\"if\" @@ \":\""`
	Body  *gBlock  `parser:"@@"`
	Elifs []*gElif `parser:"@@*"`
	Else  *gBlock  `parser:"( \"else\" \":\" @@ )?"`
}

type gElif struct {
	Pos  plex.Position
	Test *gNamed `parser:"\"elif\" @@ \":\""`
	Body *gBlock `parser:"@@"`
}

type gWhile struct {
	Pos  plex.Position
	Test *gNamed `parser:"\"while\" @@ \":\""`
	Body *gBlock `parser:"@@"`
	Else *gBlock `parser:"( \"else\" \":\" @@ )?"`
}

type gFor struct {
	Pos    plex.Position
	Target *gTargetList `parser:"\"for\" @@ \"in\""`
	Iter   *gStarExprs  `parser:"@@ \":\""`
	Body   *gBlock      `parser:"@@"`
	Else   *gBlock      `parser:"( \"else\" \":\" @@ )?"`
}

type gTry struct {
	Pos      plex.Position
	Body     *gBlock    `parser:"\"try\" \":\" @@"`
	Handlers []*gExcept `parser:"@@*"`
	Else     *gBlock    `parser:"( \"else\" \":\" @@ )?"`
	Finally  *gBlock    `parser:"( \"finally\" \":\" @@ )?"`
	EndPos   plex.Position
}

type gExcept struct {
	Pos  plex.Position
	Star bool    `parser:"\"except\" @\"*\"?"`
	Type *gTest  `parser:"( @@"`
	Name string  `parser:"( \"as\" @Name )? )? \":\""`
	Body *gBlock `parser:"@@"`
}

type gWith struct {
	Pos   plex.Position
	Paren []*gWithItem `parser:"\"with\" ( \"(\" @@ ( \",\" @@ )* \",\"? \")\" \":\""`
	Items []*gWithItem `parser:"| @@ ( \",\" @@ )* \":\" )"`
	Body  *gBlock      `parser:"@@"`
}

type gWithItem struct {
	Pos    plex.Position
	Expr   *gTest    `parser:"@@"`
	Target *gStarBit `parser:"( \"as\" @@ )?"`
}

type gFuncDef struct {
	Pos     plex.Position
	Name    string    `parser:"\"def\" @Name"`
	Params  []*gParam `parser:"\"(\" ( @@ ( \",\" @@ )* \",\"? )? \")\""`
	Returns *gTest    `parser:"( \"->\" @@ )?"`
	Body    *gBlock   `parser:"\":\" @@"`
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
	Name string  `parser:"\"class\" @Name"`
	Args *gCall  `parser:"@@?"`
	Body *gBlock `parser:"\":\" @@"`
}

type gDecorated struct {
	Decorators []*gDecorator `parser:"@@+"`
	Def        *gFuncDef     `parser:"( @@"`
	AsyncDef   *gAsyncDef    `parser:"| @@"`
	Class      *gClassDef    `parser:"| @@ )"`
}

type gAsyncDef struct {
	Pos plex.Position
	Def *gFuncDef `parser:"\"async\" @@"`
}

type gDecorator struct {
	Pos  plex.Position
	Expr *gNamed `parser:"\"@\" @@ Newline"`
}

type gAsync struct {
	Pos  plex.Position
	Def  *gFuncDef `parser:"\"async\" ( @@"`
	For  *gFor     `parser:"| @@"`
	With *gWith    `parser:"| @@ )"`
}
