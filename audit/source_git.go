package audit

import (
	"bufio"
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

// GitHistory returns a source of every blob reachable from all refs of the
// git repository at repo, and from its reflogs: old versions and deleted
// files included, a stash's (its changes against the commit it was made
// on) and a commit's that a reset or an amend left to the reflog. Each
// blob is read once, as the item "<commit>:<path>" of the oldest commit
// that introduced it, with details naming the commit, its author time and
// whether the blob is still in HEAD. Each commit's message is read too,
// as the item "<commit>:(commit message)". It runs the git binary
// read-only (GIT_OPTIONAL_LOCKS=0) and never writes to the repository.
//
// The history is streamed: memory grows with the number of distinct blobs
// (tens of bytes each, to read each once), not with the log or the blobs'
// contents. Blobs up to 1 MiB are read in one batch; larger ones stream
// from git when scanned, so the scanner's Options.MaxFileSize and
// Options.MaxWholeFile bound them like any other stream.
func GitHistory(repo string) Source { return gitSource{repo: repo, inMemory: gitInMemory} }

type gitSource struct {
	repo string
	// inMemory is the largest blob read with the batch; larger blobs
	// stream from their own git process when the scanner opens them.
	inMemory int64
}

// gitInMemory bounds what each git item in flight holds in memory.
const gitInMemory = 1 << 20

// gitToken is the longest NUL-terminated field of git's output kept (a
// path); longer ones are skipped.
const gitToken = 64 << 10

// ErrNoGit is returned when the git binary is not installed.
var ErrNoGit = errors.New("audit: git history needs the git binary, which was not found")

type gitBlob struct {
	id, commit, path string
	when             time.Time
}

func (s gitSource) git(ctx context.Context, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, "git", append([]string{"-C", s.repo, "-c", "core.quotepath=off"}, args...)...)
	cmd.Env = append(os.Environ(), "GIT_OPTIONAL_LOCKS=0", "GIT_TERMINAL_PROMPT=0", "LC_ALL=C")
	return cmd
}

func (s gitSource) Walk(ctx context.Context, fn func(Item) error) error {
	if _, err := exec.LookPath("git"); err != nil {
		return ErrNoGit
	}
	// Blobs opened after Walk returns (items wait in the scanner's queue)
	// stream under the caller's context, not the walk's.
	outer := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel() // ends the git processes on an early return
	inHead, err := s.head(ctx)
	if err != nil {
		return err
	}
	sizes, err := s.start(ctx, "cat-file", "--batch-check")
	if err != nil {
		return err
	}
	defer sizes.close()
	contents, err := s.start(ctx, "cat-file", "--batch")
	if err != nil {
		return err
	}
	defer contents.close()
	err = s.history(ctx, func(b gitBlob) error {
		if _, err := fmt.Fprintln(sizes.in, b.id); err != nil {
			return err
		}
		header, err := sizes.out.ReadString('\n')
		if err != nil {
			return fmt.Errorf("audit: git cat-file: %w", err)
		}
		f := strings.Fields(header)
		if len(f) != 3 || f[1] != "blob" {
			return nil // missing object
		}
		size, _ := strconv.ParseInt(f[2], 10, 64)
		it := gitItem(b.commit, b.path, b.when, size)
		it.Meta["in_head"] = strconv.FormatBool(inHead[b.id])
		if size > s.inMemory {
			id := b.id
			it.Open = func() (io.ReadCloser, error) { return s.blob(outer, id) }
			return fn(it)
		}
		if _, err := fmt.Fprintln(contents.in, b.id); err != nil {
			return err
		}
		if _, err := contents.out.ReadString('\n'); err != nil {
			return fmt.Errorf("audit: git cat-file: %w", err)
		}
		data := make([]byte, size+1) // the blob and its newline
		if _, err := io.ReadFull(contents.out, data); err != nil {
			return fmt.Errorf("audit: git cat-file: %w", err)
		}
		data = data[:size]
		it.Open = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(data)), nil }
		return fn(it)
	})
	if err != nil {
		return err
	}
	return s.messages(ctx, func(commit string, when time.Time, msg []byte) error {
		it := gitItem(commit, gitMessage, when, int64(len(msg)))
		it.Open = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(msg)), nil }
		return fn(it)
	})
}

// gitItem is the item "<commit>:<path>" of size bytes that commit,
// authored when, holds at path: in version control, with details naming
// the commit and its author time.
func gitItem(commit, path string, when time.Time, size int64) Item {
	it := Item{Path: commit + ":" + path, Size: size, Origin: "git", ModTime: when,
		Meta: map[string]string{"commit": commit, "author_time": when.UTC().Format(time.RFC3339)}}
	st := storageOf(Item{Path: path, Origin: "git"}, nil)
	st.InVCS = true
	it.Storage = &st
	return it
}

// gitMessage is the path part of a commit message's item.
const gitMessage = "(commit message)"

// gitMessageMin is the shortest commit message read: shorter ones ("fix",
// "wip", "bump version") hold no secret, the shortest of which (a mini
// private key) has 22 characters.
const gitMessageMin = 20

// gitLogRefs are the arguments of git log that reach every commit the
// repository keeps a way to: all refs (branches, tags, the stash) and the
// reflogs (a commit reset away or amended).
var gitLogRefs = []string{"--all", "--reflog"}

// messages streams the message of every commit reachable from gitLogRefs
// (of gitMessageMin to gitToken bytes; others are skipped).
func (s gitSource) messages(ctx context.Context, fn func(commit string, when time.Time, msg []byte) error) error {
	args := append(append([]string{"log"}, gitLogRefs...), "-z", "--format=%H %at%n%B")
	return s.logStream(ctx, args, func(r *bufio.Reader) error {
		for {
			rec, err := gitNext(r)
			if err != nil {
				return nil
			}
			head, body, _ := bytes.Cut(rec, []byte{'\n'})
			f := strings.Fields(string(head))
			body = bytes.TrimSpace(body)
			if len(f) != 2 || len(body) < gitMessageMin {
				continue
			}
			sec, _ := strconv.ParseInt(f[1], 10, 64)
			if err := fn(f[0], time.Unix(sec, 0), bytes.Clone(body)); err != nil {
				return err
			}
		}
	})
}

// logStream runs git with args (a log) and read on its output; on an
// error of read it stops git, and it reports git's own failure with what
// git wrote to standard error.
func (s gitSource) logStream(ctx context.Context, args []string, read func(*bufio.Reader) error) error {
	cmd := s.git(ctx, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &limitedBuffer{b: &stderr, n: 4 << 10}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("audit: git log: %w", err)
	}
	if err := read(bufio.NewReaderSize(out, gitToken)); err != nil {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		return err
	}
	if err := cmd.Wait(); err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return fmt.Errorf("audit: git log in %s: %s", s.repo, strings.TrimSpace(stderr.String()))
	}
	return nil
}

// gitProc is a running git command fed on stdin.
type gitProc struct {
	cmd *exec.Cmd
	in  io.WriteCloser
	out *bufio.Reader
}

func (s gitSource) start(ctx context.Context, args ...string) (*gitProc, error) {
	cmd := s.git(ctx, args...)
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("audit: git %s: %w", args[0], err)
	}
	return &gitProc{cmd: cmd, in: in, out: bufio.NewReaderSize(out, 64<<10)}, nil
}

func (p *gitProc) close() { p.in.Close(); _ = p.cmd.Wait() }

// blob streams one blob from its own git process.
func (s gitSource) blob(ctx context.Context, id string) (io.ReadCloser, error) {
	cmd := s.git(ctx, "cat-file", "blob", id)
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("audit: git cat-file: %w", err)
	}
	return &gitBlobReader{ReadCloser: out, cmd: cmd}, nil
}

type gitBlobReader struct {
	io.ReadCloser
	cmd *exec.Cmd
}

// Close stops git if the blob was not read to the end.
func (r *gitBlobReader) Close() error {
	r.ReadCloser.Close()
	if r.cmd.Process != nil {
		_ = r.cmd.Process.Kill()
	}
	_ = r.cmd.Wait()
	return nil
}

// head returns the ids of the blobs in HEAD (none in an empty repository).
func (s gitSource) head(ctx context.Context) (map[string]bool, error) {
	inHead := map[string]bool{}
	cmd := s.git(ctx, "ls-tree", "-r", "-z", "HEAD")
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("audit: git ls-tree: %w", err)
	}
	r := bufio.NewReaderSize(out, 64<<10)
	for {
		rec, err := gitNext(r)
		if err != nil {
			break
		}
		// "<mode> blob <id>\t<path>"
		if f := bytes.Fields(bytes.SplitN(rec, []byte{'\t'}, 2)[0]); len(f) == 3 {
			inHead[string(f[2])] = true
		}
	}
	_ = cmd.Wait()
	return inHead, ctx.Err()
}

// gitNext returns the next NUL-terminated field of r, skipping fields
// longer than gitToken. The slice is valid until the next read.
func gitNext(r *bufio.Reader) ([]byte, error) {
	var long bool
	for {
		b, err := r.ReadSlice(0)
		switch {
		case errors.Is(err, bufio.ErrBufferFull):
			long = true
			continue
		case err != nil && len(b) == 0:
			return nil, err
		case long:
			long = false
			if err != nil {
				return nil, err
			}
			continue
		}
		return bytes.TrimSuffix(b, []byte{0}), nil
	}
}

// history streams the blobs added or changed by every commit reachable
// from gitLogRefs, each once, with the oldest commit that introduced it. A
// merge's changes are read against each of its parents (-m): a stash is a
// merge of the commit it was made on and the index, its files changed
// against the first.
func (s gitSource) history(ctx context.Context, fn func(gitBlob) error) error {
	args := append(append([]string{"log"}, gitLogRefs...), "-m", "--reverse", "--no-renames", "--no-abbrev", "--raw", "-z", "--format=%x01%H %at")
	return s.logStream(ctx, args, func(r *bufio.Reader) error { return s.parseLog(r, fn) })
}

// parseLog reads "git log --raw -z" records: "\x01<hash> <time>" heads,
// then ":<old mode> <new mode> <old id> <new id> <status>" and a path per
// changed file, each field ended by NUL.
func (gitSource) parseLog(r *bufio.Reader, fn func(gitBlob) error) error {
	seen := map[string]struct{}{} // raw ids: half the size of hex
	var commit string
	var when time.Time
	for {
		tok, err := gitNext(r)
		if err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return err
		}
		tok = bytes.TrimLeft(tok, "\n")
		if len(tok) > 0 && tok[0] == 1 {
			head := strings.Fields(string(tok[1:]))
			commit = ""
			if len(head) == 2 {
				sec, _ := strconv.ParseInt(head[1], 10, 64)
				commit, when = head[0], time.Unix(sec, 0)
			}
			continue
		}
		meta := strings.Fields(string(tok))
		if len(meta) != 5 || !strings.HasPrefix(meta[0], ":") {
			continue
		}
		pathTok, err := gitNext(r)
		if err != nil {
			return nil
		}
		id, status, p := meta[3], meta[4], string(pathTok)
		raw, herr := hex.DecodeString(id)
		if commit == "" || herr != nil || status == "D" || strings.Trim(id, "0") == "" || meta[1] == "160000" {
			continue
		}
		if _, dup := seen[string(raw)]; dup {
			continue
		}
		seen[string(raw)] = struct{}{}
		if err := fn(gitBlob{id: id, commit: commit, path: p, when: when}); err != nil {
			return err
		}
	}
}

// limitedBuffer keeps the first n bytes written to it.
type limitedBuffer struct {
	b *bytes.Buffer
	n int
}

func (l *limitedBuffer) Write(p []byte) (int, error) {
	if room := l.n - l.b.Len(); room > 0 {
		l.b.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}
