package vm

// mergeSort sorts idx stably by less, a comparison of the items the
// indexes name. It is O(n log n) and takes one pass over data that is
// already in order, as sorted input is common (CPython's timsort is
// linear there too). less may fail; the first error stops the sort.
func mergeSort(idx []int, less func(a, b int) bool, failed func() bool) {
	if len(idx) < 2 {
		return
	}
	sorted := true
	for i := 1; i < len(idx) && sorted; i++ {
		sorted = !less(idx[i], idx[i-1])
	}
	if sorted || failed() {
		return
	}
	buf := make([]int, len(idx))
	mergeSortRec(idx, buf, less, failed)
}

func mergeSortRec(a, buf []int, less func(a, b int) bool, failed func() bool) {
	n := len(a)
	if n <= 12 {
		// insertion sort for short runs
		for i := 1; i < n; i++ {
			for j := i; j > 0 && less(a[j], a[j-1]); j-- {
				a[j], a[j-1] = a[j-1], a[j]
			}
		}
		return
	}
	mid := n / 2
	mergeSortRec(a[:mid], buf[:mid], less, failed)
	mergeSortRec(a[mid:], buf[mid:], less, failed)
	if failed() || !less(a[mid], a[mid-1]) {
		return // the halves are already in order
	}
	copy(buf, a)
	i, j, k := 0, mid, 0
	for i < mid && j < n {
		if less(buf[j], buf[i]) {
			a[k] = buf[j]
			j++
		} else {
			a[k] = buf[i]
			i++
		}
		k++
	}
	for i < mid {
		a[k] = buf[i]
		i++
		k++
	}
	for j < n {
		a[k] = buf[j]
		j++
		k++
	}
}
