package itertools

import (
	"github.com/asl-lang/asl/vm"
)

// grouping is the state groupby shares with its groups, as CPython's:
// the current item and its key (when have), the key of the group being
// given, and the id of the only group that may still give items.
type grouping struct {
	it, key         vm.Value
	curVal, curKey  vm.Value
	have            bool
	tgtKey          vm.Value
	started         bool
	current, nextID int
}

// step reads the next item and its key.
func (g *grouping) step(t *vm.Thread) (bool, error) {
	v, ok, err := t.Next(g.it)
	if err != nil || !ok {
		return false, err
	}
	k := v
	if !g.key.IsNone() {
		if k, err = t.Call(g.key, []vm.Value{v}, nil); err != nil {
			return false, err
		}
	}
	g.curVal, g.curKey, g.have = v, k, true
	return true, nil
}

func (g *grouping) equal(t *vm.Thread, a, b vm.Value) (bool, error) {
	if vm.Is(a, b) {
		return true, nil
	}
	r, err := t.Operator("==", a, b)
	if err != nil {
		return false, err
	}
	return t.Truth(r)
}

// groupby yields (key, group) pairs of consecutive items with equal keys.
// The groups share the source: taking the next pair ends the last group,
// as in CPython.
func groupby(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	p, err := params("groupby", a, kw, []string{"iterable", "key"}, 1)
	if err != nil {
		return vm.Value{}, err
	}
	it, err := t.GetIter(*p[0])
	if err != nil {
		return vm.Value{}, err
	}
	g := &grouping{it: it, key: or(p[1], vm.None)}
	return vm.NewIterator("groupby", func(t *vm.Thread) (vm.Value, bool, error) {
		g.current = -1
		for {
			if g.have && g.started {
				eq, err := g.equal(t, g.tgtKey, g.curKey)
				if err != nil {
					return vm.Value{}, false, err
				}
				if !eq {
					break
				}
			} else if g.have {
				break
			}
			if ok, err := g.step(t); err != nil || !ok {
				return vm.Value{}, false, err
			}
		}
		g.tgtKey, g.started = g.curKey, true
		g.nextID++
		id, tgt := g.nextID, g.tgtKey
		g.current = id
		group := vm.NewIterator("_grouper", func(t *vm.Thread) (vm.Value, bool, error) {
			if g.current != id {
				return vm.Value{}, false, nil
			}
			if !g.have {
				if ok, err := g.step(t); err != nil || !ok {
					return vm.Value{}, false, err
				}
			}
			eq, err := g.equal(t, tgt, g.curKey)
			if err != nil || !eq {
				return vm.Value{}, false, err
			}
			g.have = false
			return g.curVal, true, nil
		})
		return vm.NewTuple([]vm.Value{g.tgtKey, group}), true, nil
	}), nil
}
