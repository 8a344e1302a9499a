// Package audit is the walletaudit scan engine. It walks sources (a
// directory, an fs.FS, a byte slice, a reader), runs detectors over what it
// reads, scores every candidate against the attack paths that apply to where
// it was found, and streams findings.
//
// A first program is a few lines:
//
//	s := audit.New(audit.Options{})
//	for f, err := range s.Scan(ctx, audit.Dir("./repo")) {
//		if err != nil {
//			return err
//		}
//		fmt.Println(f.Severity, f.Location, f.Secret) // the secret prints redacted
//	}
//
// Run gives the same stream through a callback and returns a Summary with
// counts, skipped items and per-item errors.
//
// # Guarantees
//
//   - Read-only: files are opened read-only and non-blocking, never locked,
//     written or moved. Symbolic links are never followed; FIFOs, devices and
//     sockets are never opened. Each is a recorded skip.
//   - Bounded: memory is bounded by Options.Workers × the chunk size, not by
//     the input; files are read in overlapping chunks, so a secret across a
//     chunk boundary is found once. A Summary lists the first MaxListed
//     skips and item errors and counts the rest; GitHistory streams the
//     log and large blobs (it remembers each distinct blob id, tens of
//     bytes each, to read each blob once).
//   - Redacted: a Finding holds its secret as a Secret, which prints, logs
//     and marshals redacted. Only Secret.Reveal returns the value.
//   - Local: the engine makes no network calls.
//
// # Stability
//
// Finding, Location, Storage, AttackPath, Summary, Severity and the JSON
// they marshal to are the stable contract (documented in docs/). Options may
// gain fields; their zero values keep today's behaviour.
package audit
