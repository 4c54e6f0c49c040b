package badgerstore

import (
	"context"
	"runtime"
	"sync"
)

// kv is one key and value to write.
type kv struct{ k, v []byte }

// inOrder encodes the records [0, n) in chunks of size on up to GOMAXPROCS
// goroutines and calls put with each chunk's pairs on the caller's
// goroutine, in chunk order, so what is written does not depend on
// scheduling. At most a few chunks per goroutine are encoded ahead of put,
// which bounds memory. It returns the first error of enc, put or ctx.
func inOrder(ctx context.Context, n, size int, enc func(lo, hi int) ([]kv, error), put func([]kv) error) error {
	if n == 0 {
		return ctx.Err()
	}
	workers := max(runtime.GOMAXPROCS(0), 1)
	chunks := (n + size - 1) / size
	type result struct {
		kvs []kv
		err error
	}
	results := make([]chan result, chunks)
	for i := range results {
		results[i] = make(chan result, 1)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	tokens := make(chan struct{}, workers*4)
	next := make(chan int)
	go func() {
		defer close(next)
		for c := range chunks {
			select {
			case tokens <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case next <- c:
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := range next {
				kvs, err := enc(c*size, min(n, (c+1)*size))
				results[c] <- result{kvs, err}
			}
		}()
	}
	var err error
	for c := 0; c < chunks && err == nil; c++ {
		select {
		case r := <-results[c]:
			err = r.err
			if err == nil {
				err = put(r.kvs)
			}
			<-tokens
		case <-ctx.Done():
			err = ctx.Err()
		}
	}
	cancel()
	wg.Wait()
	return err
}
