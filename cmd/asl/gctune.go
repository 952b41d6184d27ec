package main

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

// The interpreter allocates many small objects that die young: a large
// GOGC (fewer collections) makes scripts markedly faster while the heap is
// small. A heap that holds much live data does not need the same headroom:
// after each collection, tuneGC lets the heap grow by max(64 MiB, live/2),
// at most 400% and at least 50% of what is live (a program holding many
// objects, 100,000 sleeping tasks, then stays close to its live size).

const (
	gcMaxPercent = 400
	gcMinPercent = 50
	gcHeadroom   = 64 << 20
)

// startGCTuner sets the first GOGC and re-tunes it after every collection.
func startGCTuner() {
	debug.SetGCPercent(gcMaxPercent)
	armGCTuner()
}

// gcSentinel is an object whose finalizer runs once per collection.
type gcSentinel struct{ _ [16]byte }

func armGCTuner() {
	s := &gcSentinel{}
	runtime.SetFinalizer(s, func(*gcSentinel) {
		tuneGC()
		armGCTuner()
	})
}

var liveSample = []metrics.Sample{{Name: "/gc/heap/live:bytes"}}

func tuneGC() {
	metrics.Read(liveSample)
	if liveSample[0].Value.Kind() != metrics.KindUint64 {
		return
	}
	live := liveSample[0].Value.Uint64()
	if live == 0 {
		return
	}
	headroom := uint64(gcHeadroom)
	if live/2 > headroom {
		headroom = live / 2
	}
	p := int(headroom * 100 / live)
	if p > gcMaxPercent {
		p = gcMaxPercent
	}
	if p < gcMinPercent {
		p = gcMinPercent
	}
	debug.SetGCPercent(p)
}
