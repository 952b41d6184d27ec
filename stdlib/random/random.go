// Package random is asl's random module. Its generator is asl's own (Go's
// PCG), not CPython's Mersenne Twister: a seed gives the same sequence on
// every run of asl, but not CPython's numbers.
package random

import (
	gomath "math"
	"math/big"
	"math/rand/v2"
	gotime "time"

	"github.com/asl-lang/asl/vm"
)

func init() { vm.RegisterModule("random", build) }

type fn = func(t *vm.Thread, args []vm.Value, kw *vm.Kwargs) (vm.Value, error)

func build(t *vm.Thread) vm.Value {
	g := &gen{}
	g.seed(uint64(gotime.Now().UnixNano()))
	d := vm.NewDict().Dict()
	for name, f := range map[string]fn{
		"seed": g.bSeed, "random": g.bRandom, "uniform": g.bUniform, "randint": g.bRandint,
		"randrange": g.bRandrange, "choice": g.bChoice, "choices": g.bChoices,
		"shuffle": g.bShuffle, "sample": g.bSample, "getrandbits": g.bGetrandbits,
	} {
		d.SetStr(name, vm.NewBuiltin(name, f))
	}
	return vm.NewModule("random", d)
}

// gen is the module's generator.
type gen struct{ r *rand.Rand }

func (g *gen) seed(s uint64) { g.r = rand.New(rand.NewPCG(s, s^0x9E3779B97F4A7C15)) }

func (g *gen) bSeed(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) == 0 || a[0].IsNone() {
		g.seed(uint64(gotime.Now().UnixNano()))
		return vm.None, nil
	}
	var s uint64
	switch {
	case vm.IsInt(a[0]):
		b, _ := vm.IntArg(a[0])
		s = new(big.Int).Abs(b).Uint64() ^ uint64(b.BitLen())<<56
	case a[0].Kind() == vm.KFloat:
		s = gomath.Float64bits(a[0].F())
	case a[0].Kind() == vm.KStr:
		for _, c := range []byte(a[0].S()) { // FNV-1a: stable across runs
			s = (s ^ uint64(c)) * 0x100000001B3
		}
	default:
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "The only supported seed types are: None, int, float, str, bytes, and bytearray.")
	}
	g.seed(s)
	return vm.None, nil
}

func (g *gen) bRandom(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 0 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "random() takes no arguments (%d given)", len(a))
	}
	return vm.Float(g.r.Float64()), nil
}

func (g *gen) bUniform(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 2 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "uniform() missing required arguments")
	}
	lo, err := vm.FloatArg(a[0])
	if err != nil {
		return vm.Value{}, err
	}
	hi, err := vm.FloatArg(a[1])
	if err != nil {
		return vm.Value{}, err
	}
	return vm.Float(lo + (hi-lo)*g.r.Float64()), nil
}

// below returns a uniform int in [0, n), n > 0, of any size.
func (g *gen) below(n *big.Int) *big.Int {
	if n.IsInt64() {
		return big.NewInt(g.r.Int64N(n.Int64()))
	}
	bits := n.BitLen()
	for {
		x := new(big.Int)
		for i := 0; i < bits; i += 64 {
			x.Lsh(x, 64).Or(x, new(big.Int).SetUint64(g.r.Uint64()))
		}
		x.Rsh(x, uint(((bits+63)/64)*64-bits))
		if x.Cmp(n) < 0 {
			return x
		}
	}
}

func (g *gen) bRandint(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 2 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "randint() missing required arguments")
	}
	// randint(a, b) is randrange(a, b+1), b+1 computed first as in CPython.
	stop, err := t.Operator("+", a[1], vm.Int(1))
	if err != nil {
		return vm.Value{}, err
	}
	return g.randrange(a[0], stop, big.NewInt(1))
}

func (g *gen) bRandrange(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	switch len(a) {
	case 1:
		if n, err := vm.IntArg(a[0]); err == nil && n.Sign() <= 0 {
			return vm.Value{}, vm.Errorf(vm.ValueErrorType, "empty range for randrange()")
		}
		return g.randrange(vm.Int(0), a[0], big.NewInt(1))
	case 2:
		return g.randrange(a[0], a[1], big.NewInt(1))
	case 3:
		step, err := vm.IntArg(a[2])
		if err != nil {
			return vm.Value{}, err
		}
		return g.randrange(a[0], a[1], step)
	}
	return vm.Value{}, vm.Errorf(vm.TypeErrorType, "randrange expected 1 to 3 arguments, got %d", len(a))
}

// randrange picks from range(start, stop, step).
func (g *gen) randrange(startV, stopV vm.Value, step *big.Int) (vm.Value, error) {
	start, err := vm.IntArg(startV)
	if err != nil {
		return vm.Value{}, err
	}
	stop, err := vm.IntArg(stopV)
	if err != nil {
		return vm.Value{}, err
	}
	if step.Sign() == 0 {
		return vm.Value{}, vm.Errorf(vm.ValueErrorType, "zero step for randrange()")
	}
	width := new(big.Int).Sub(stop, start)
	// n = ceil(width / step) items
	n := new(big.Int).Add(width, step)
	if step.Sign() > 0 {
		n.Sub(n, big.NewInt(1))
	} else {
		n.Add(n, big.NewInt(1))
	}
	n.Quo(n, step)
	if n.Sign() <= 0 {
		if step.Cmp(big.NewInt(1)) != 0 {
			return vm.Value{}, vm.Errorf(vm.ValueErrorType, "empty range for randrange()")
		}
		return vm.Value{}, vm.Errorf(vm.ValueErrorType, "empty range for randrange() (%s, %s, %s)", start, stop, width)
	}
	r := g.below(n)
	return vm.BigIntValue(r.Mul(r, step).Add(r, start)), nil
}

func (g *gen) bChoice(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 1 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "choice() takes exactly one argument (%d given)", len(a))
	}
	items, err := t.Iterate(a[0])
	if err != nil {
		return vm.Value{}, err
	}
	if len(items) == 0 {
		return vm.Value{}, vm.Errorf(vm.IndexErrorType, "Cannot choose from an empty sequence")
	}
	return items[g.r.IntN(len(items))], nil
}

func (g *gen) bChoices(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) < 1 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "choices() missing 1 required positional argument: 'population'")
	}
	items, err := t.Iterate(a[0])
	if err != nil {
		return vm.Value{}, err
	}
	k := int64(1)
	if v, ok := kw.Get("k"); ok {
		b, err := vm.IntArg(v)
		if err != nil {
			return vm.Value{}, err
		}
		k = b.Int64()
	}
	var cum []float64
	if v, ok := kw.Get("weights"); ok && !v.IsNone() {
		ws, err := t.Iterate(v)
		if err != nil {
			return vm.Value{}, err
		}
		if len(ws) != len(items) {
			return vm.Value{}, vm.Errorf(vm.ValueErrorType, "The number of weights does not match the population")
		}
		total := 0.0
		for _, w := range ws {
			x, err := vm.FloatArg(w)
			if err != nil {
				return vm.Value{}, err
			}
			total += x
			cum = append(cum, total)
		}
	}
	if len(items) == 0 && k > 0 {
		// CPython indexes the empty population (or its weights)
		kind := "list"
		if a[0].Kind() == vm.KTuple && cum == nil {
			kind = "tuple"
		} else if a[0].Kind() == vm.KStr && cum == nil {
			kind = "string"
		}
		return vm.Value{}, vm.Errorf(vm.IndexErrorType, "%s index out of range", kind)
	}
	out := make([]vm.Value, 0, max(k, 0))
	for i := int64(0); i < k; i++ {
		if cum == nil {
			out = append(out, items[g.r.IntN(len(items))])
			continue
		}
		x := g.r.Float64() * cum[len(cum)-1]
		j := 0
		for j < len(cum)-1 && cum[j] <= x {
			j++
		}
		out = append(out, items[j])
	}
	return vm.NewList(out), nil
}

func (g *gen) bShuffle(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 1 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "shuffle() takes exactly one argument (%d given)", len(a))
	}
	n, err := t.Iterate(a[0]) // its length; items are swapped in place below
	if err != nil {
		return vm.Value{}, err
	}
	for i := len(n) - 1; i > 0; i-- {
		j := g.r.IntN(i + 1)
		x, err := t.GetItem(a[0], vm.Int(int64(i)))
		if err != nil {
			return vm.Value{}, err
		}
		y, err := t.GetItem(a[0], vm.Int(int64(j)))
		if err != nil {
			return vm.Value{}, err
		}
		if err := t.SetItem(a[0], vm.Int(int64(i)), y); err != nil {
			return vm.Value{}, err
		}
		if err := t.SetItem(a[0], vm.Int(int64(j)), x); err != nil {
			return vm.Value{}, err
		}
	}
	return vm.None, nil
}

func (g *gen) bSample(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 2 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "sample() missing required arguments")
	}
	items, err := t.Iterate(a[0])
	if err != nil {
		return vm.Value{}, err
	}
	kb, err := vm.IntArg(a[1])
	if err != nil {
		return vm.Value{}, err
	}
	if kb.Sign() < 0 || kb.Cmp(big.NewInt(int64(len(items)))) > 0 {
		return vm.Value{}, vm.Errorf(vm.ValueErrorType, "Sample larger than population or is negative")
	}
	pool := append([]vm.Value(nil), items...)
	k := int(kb.Int64())
	for i := 0; i < k; i++ {
		j := i + g.r.IntN(len(pool)-i)
		pool[i], pool[j] = pool[j], pool[i]
	}
	return vm.NewList(pool[:k]), nil
}

func (g *gen) bGetrandbits(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 1 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "getrandbits() takes exactly one argument (%d given)", len(a))
	}
	k, err := vm.IntArg(a[0])
	if err != nil {
		return vm.Value{}, err
	}
	if k.Sign() < 0 {
		return vm.Value{}, vm.Errorf(vm.ValueErrorType, "number of bits must be non-negative")
	}
	if k.Sign() == 0 {
		return vm.Int(0), nil
	}
	return vm.BigIntValue(g.below(new(big.Int).Lsh(big.NewInt(1), uint(k.Int64())))), nil
}
