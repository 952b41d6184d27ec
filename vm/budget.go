package vm

// Operations that recurse through containers in Go (hash, ==, <, repr)
// can take exponential time on shared structure: t = (t, t) sixty times
// is small, but has 2^60 leaves to visit. Under a step budget each item
// they visit costs a step, so such a program stops with the budget error
// as a loop of the same length would.

// step takes one step of the budget for an item visited by a recursive
// operation; it fails once the budget is spent. A nil thread or one
// without a budget never fails.
func (t *Thread) step() error {
	if t != nil && t.Budget > 0 && t.spend() {
		return errBudget()
	}
	return nil
}
