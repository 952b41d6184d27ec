package compiler

import (
	"github.com/asl-lang/asl/ast"
)

// blockKind is the kind of code block being compiled.
type blockKind int

const (
	inModule blockKind = iota
	inClass
	inFunction
)

// ctx is what the code generator knows where it stands.
type ctx struct {
	block blockKind
	async bool
	loop  bool
}

// codegen reports the errors CPython's compile.c (and future.c) raise.
// topLevel reports whether an await-like construct in context x is at the
// top level of interactive input that allows it (and notes that it is).
func (c *checker) topLevel(x ctx) bool {
	if c.topAwait && x.block == inModule {
		c.sawAwait = true
		return true
	}
	return false
}

func (c *checker) codegen(mod *ast.Module) error {
	if err := c.future(mod); err != nil {
		return err
	}
	return c.stmts(mod.Body, ctx{block: inModule})
}

// futureFeatures are the names "from __future__ import" accepts.
var futureFeatures = map[string]bool{
	"nested_scopes": true, "generators": true, "division": true, "absolute_import": true,
	"with_statement": true, "print_function": true, "unicode_literals": true,
	"barry_as_FLUFL": true, "generator_stop": true, "annotations": true,
}

// future checks that future imports come first (after a docstring) and
// name known features.
func (c *checker) future(mod *ast.Module) error {
	leading := true
	for i, s := range mod.Body {
		imp, ok := s.(*ast.ImportFrom)
		isFuture := ok && imp.Module == "__future__" && imp.Level == 0
		if !isFuture {
			if e, ok := s.(*ast.ExprStmt); ok && i == 0 {
				if k, ok := e.Value.(*ast.Constant); ok {
					if _, ok := k.Value.(string); ok {
						continue // the docstring
					}
				}
			}
			leading = false
			continue
		}
		if !leading {
			return c.errNode(imp, "from __future__ imports must occur at the beginning of the file")
		}
		for _, a := range imp.Names {
			if a.Name == "braces" {
				return c.errNode(imp, "not a chance")
			}
			if !futureFeatures[a.Name] {
				return c.errNode(imp, "future feature %s is not defined", a.Name)
			}
		}
	}
	return nil
}

func (c *checker) stmts(body []ast.Stmt, x ctx) error {
	for _, s := range body {
		if err := c.stmt(s, x); err != nil {
			return err
		}
	}
	return nil
}

func (c *checker) stmt(s ast.Stmt, x ctx) error {
	switch n := s.(type) {
	case *ast.FunctionDef:
		return c.funcBody(n.DecoratorList, n.Args, n.Returns, n.Body, x, false)
	case *ast.AsyncFunctionDef:
		return c.funcBody(n.DecoratorList, n.Args, n.Returns, n.Body, x, true)
	case *ast.ClassDef:
		if err := c.exprs(n.DecoratorList, x); err != nil {
			return err
		}
		if err := c.elts(n.Bases, x); err != nil {
			return err
		}
		for _, k := range n.Keywords {
			if err := c.expr(k.Value, x); err != nil {
				return err
			}
		}
		return c.stmts(n.Body, ctx{block: inClass})
	case *ast.Return:
		if x.block != inFunction {
			return c.errNode(n, "'return' outside function")
		}
		return c.exprOpt(n.Value, x)
	case *ast.Break:
		if !x.loop {
			return c.errNode(n, "'break' outside loop")
		}
	case *ast.Continue:
		if !x.loop {
			return c.errNode(n, "'continue' not properly in loop")
		}
	case *ast.For:
		return c.loop(n.Target, n.Iter, n.Body, n.Orelse, x)
	case *ast.AsyncFor:
		if c.topLevel(x) {
			return c.loop(n.Target, n.Iter, n.Body, n.Orelse, x)
		}
		if x.block != inFunction || !x.async {
			return c.errNode(n, "'async for' outside async function")
		}
		return c.loop(n.Target, n.Iter, n.Body, n.Orelse, x)
	case *ast.While:
		if err := c.expr(n.Test, x); err != nil {
			return err
		}
		in := x
		in.loop = true
		if err := c.stmts(n.Body, in); err != nil {
			return err
		}
		return c.stmts(n.Orelse, x)
	case *ast.AsyncWith:
		if c.topLevel(x) {
			return c.withBody(n.Items, n.Body, x)
		}
		if x.block != inFunction || !x.async {
			return c.errNode(n, "'async with' outside async function")
		}
		return c.withBody(n.Items, n.Body, x)
	case *ast.With:
		return c.withBody(n.Items, n.Body, x)
	case *ast.Assign:
		for _, t := range n.Targets {
			if err := c.target(t, x); err != nil {
				return err
			}
		}
		return c.expr(n.Value, x)
	case *ast.ExprStmt:
		return c.expr(n.Value, x)
	default:
		return c.nested(s, x)
	}
	return nil
}

// nested checks the statements and expressions inside s in context x.
func (c *checker) nested(s ast.Stmt, x ctx) error {
	var err error
	ast.Inspect(s, func(n ast.Node) bool {
		if err != nil || n == ast.Node(s) {
			return err == nil
		}
		switch v := n.(type) {
		case ast.Stmt:
			err = c.stmt(v, x)
			return false
		case ast.Expr:
			err = c.expr(v, x)
			return false
		}
		return true
	})
	return err
}

func (c *checker) funcBody(decs []ast.Expr, args *ast.Arguments, returns ast.Expr, body []ast.Stmt, x ctx, async bool) error {
	if err := c.exprs(decs, x); err != nil {
		return err
	}
	if err := c.exprs(args.Defaults, x); err != nil {
		return err
	}
	if err := c.exprs(args.KwDefaults, x); err != nil {
		return err
	}
	return c.stmts(body, ctx{block: inFunction, async: async})
}

func (c *checker) loop(target, iter ast.Expr, body, orelse []ast.Stmt, x ctx) error {
	if err := c.target(target, x); err != nil {
		return err
	}
	if err := c.expr(iter, x); err != nil {
		return err
	}
	in := x
	in.loop = true
	if err := c.stmts(body, in); err != nil {
		return err
	}
	return c.stmts(orelse, x)
}

func (c *checker) withBody(items []*ast.WithItem, body []ast.Stmt, x ctx) error {
	for _, it := range items {
		if err := c.expr(it.ContextExpr, x); err != nil {
			return err
		}
		if it.OptionalVars != nil {
			if err := c.target(it.OptionalVars, x); err != nil {
				return err
			}
		}
	}
	return c.stmts(body, x)
}

// target checks starred assignment targets.
func (c *checker) target(t ast.Expr, x ctx) error {
	switch n := t.(type) {
	case *ast.Starred:
		return c.errNode(n, "starred assignment target must be in a list or tuple")
	case *ast.Tuple:
		return c.unpack(n, n.Elts, x)
	case *ast.List:
		return c.unpack(n, n.Elts, x)
	}
	return c.expr(t, x)
}

func (c *checker) unpack(n ast.Expr, elts []ast.Expr, x ctx) error {
	starred := false
	for _, e := range elts {
		if s, ok := e.(*ast.Starred); ok {
			if starred {
				return c.errNode(n, "multiple starred expressions in assignment")
			}
			starred = true
			if err := c.target(s.Value, x); err != nil {
				return err
			}
			continue
		}
		if err := c.target(e, x); err != nil {
			return err
		}
	}
	return nil
}

func (c *checker) exprs(es []ast.Expr, x ctx) error {
	for _, e := range es {
		if err := c.exprOpt(e, x); err != nil {
			return err
		}
	}
	return nil
}

func (c *checker) exprOpt(e ast.Expr, x ctx) error {
	if e == nil {
		return nil
	}
	return c.expr(e, x)
}

func (c *checker) expr(e ast.Expr, x ctx) error {
	switch n := e.(type) {
	case *ast.Await:
		switch {
		case c.topLevel(x):
		case x.block != inFunction:
			return c.errNode(n, "'await' outside function")
		case !x.async:
			return c.errNode(n, "'await' outside async function")
		}
	case *ast.Yield, *ast.YieldFrom:
		if x.block != inFunction {
			return c.errNode(n, "'yield' outside function")
		}
	case *ast.Starred:
		return c.errNode(n, "can't use starred expression here")
	case *ast.Lambda:
		if err := c.exprs(n.Args.Defaults, x); err != nil {
			return err
		}
		return c.expr(n.Body, ctx{block: inFunction})
	case *ast.ListComp, *ast.SetComp, *ast.DictComp:
		if isAsyncComp(e) && !(x.block == inFunction && x.async) && !c.topLevel(x) {
			return c.errNode(n, "asynchronous comprehension outside of an asynchronous function")
		}
	case *ast.Call:
		return c.call(n, x)
	case *ast.Tuple:
		return c.elts(n.Elts, x)
	case *ast.List:
		return c.elts(n.Elts, x)
	case *ast.Set:
		return c.elts(n.Elts, x)
	}
	var err error
	ast.Inspect(e, func(n ast.Node) bool {
		if err != nil || n == ast.Node(e) {
			return err == nil
		}
		if v, ok := n.(ast.Expr); ok {
			err = c.expr(v, x)
			return false
		}
		return true
	})
	return err
}

// elts checks a display, where starred items are allowed.
func (c *checker) elts(es []ast.Expr, x ctx) error {
	for _, e := range es {
		if s, ok := e.(*ast.Starred); ok {
			e = s.Value
		}
		if err := c.expr(e, x); err != nil {
			return err
		}
	}
	return nil
}

func (c *checker) call(n *ast.Call, x ctx) error {
	if err := c.expr(n.Func, x); err != nil {
		return err
	}
	if err := c.elts(n.Args, x); err != nil {
		return err
	}
	seen := map[string]bool{}
	for _, k := range n.Keywords {
		if k.Arg != "" {
			if seen[k.Arg] {
				return c.errNode(k, "keyword argument repeated: %s", k.Arg)
			}
			seen[k.Arg] = true
		}
		if err := c.expr(k.Value, x); err != nil {
			return err
		}
	}
	return nil
}

// isAsyncComp reports whether a comprehension is asynchronous: an async
// for clause or an await in it.
func isAsyncComp(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch v := n.(type) {
		case *ast.Comprehension:
			if v.IsAsync != 0 {
				found = true
			}
		case *ast.Await:
			found = true
		case *ast.Lambda:
			return false
		}
		return !found
	})
	return found
}
