package audit

import (
	"errors"
	"runtime"
	"runtime/debug"
)

// ErrInternal marks an item error that is a bug — a detector or the
// engine panicked on the item — rather than a problem with the input.
// The scan goes on after one, but Summary.InternalErrors counts it and
// errors.Is(ItemError.Err, ErrInternal) finds it.
var ErrInternal = errors.New("audit: internal error")

// InternalError is a panic recovered while an item was scanned. Its
// message names neither the panic value nor the stack, either of which
// could hold file content; Stack and Runtime are there for tests and
// debugging and are never written by the reports.
type InternalError struct {
	// Stack is the stack of the goroutine that panicked.
	Stack []byte
	// Runtime is the panic value when the Go runtime raised it (an index
	// out of range, a nil dereference): its message holds only numbers
	// and type names. It is nil for other panic values.
	Runtime runtime.Error
}

// Error returns a fixed message.
func (e *InternalError) Error() string {
	return "internal error while scanning (a bug; please report it)"
}

// Is reports whether target is ErrInternal.
func (e *InternalError) Is(target error) bool { return target == ErrInternal }

// internalError turns a recovered panic value into an InternalError.
func internalError(r any) *InternalError {
	if e, ok := r.(*InternalError); ok {
		return e // caught once already, with its stack (rethrowing)
	}
	e := &InternalError{Stack: debug.Stack()}
	if re, ok := r.(runtime.Error); ok {
		e.Runtime = re
	}
	return e
}

// internal records an internal error for an item.
func (st *runState) internal(p string, err error) {
	st.errs.Add(1)
	st.internals.Add(1)
	st.mu.Lock()
	if len(st.itemErrs) < MaxListed {
		st.itemErrs = append(st.itemErrs, ItemError{Path: p, Error: err.Error(), Internal: true, Err: err})
	}
	st.mu.Unlock()
}
