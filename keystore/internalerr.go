package keystore

import (
	"errors"
	"runtime"
	"runtime/debug"
)

// ErrInternal marks an error that is a bug in a parser (a recovered
// panic), not a property of the file. Such an error also matches
// ErrMalformed, so callers that treat it as a file they could not read
// keep working; tests and fuzzers check for ErrInternal.
var ErrInternal = errors.New("keystore: internal error")

// InternalError is a panic recovered while a file was parsed. Its
// message names neither the panic value nor the stack, either of which
// could hold file content; Stack and Runtime are there for tests and
// debugging.
type InternalError struct {
	// Stack is the stack of the goroutine that panicked.
	Stack []byte
	// Runtime is the panic value when the Go runtime raised it (an index
	// out of range, a nil dereference): its message holds only numbers
	// and type names. It is nil for other panic values.
	Runtime runtime.Error
}

// Error returns a fixed message.
func (e *InternalError) Error() string { return ErrMalformed.Error() + ": internal error" }

// Is reports whether target is ErrInternal or ErrMalformed.
func (e *InternalError) Is(target error) bool { return target == ErrInternal || target == ErrMalformed }

// internalError turns a recovered panic value into an InternalError.
func internalError(r any) *InternalError {
	e := &InternalError{Stack: debug.Stack()}
	if re, ok := r.(runtime.Error); ok {
		e.Runtime = re
	}
	return e
}

// guard, deferred by the entry points, turns a panic into an
// InternalError. The parsers and trials are written not to panic; this is
// a last guard so that a bug never takes a scan down, and is still seen.
func guard(a **Assessment, err *error) {
	if r := recover(); r != nil {
		*a, *err = nil, internalError(r)
	}
}
