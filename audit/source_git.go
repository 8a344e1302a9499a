package audit

import (
	"bufio"
	"bytes"
	"context"
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
// git repository at repo: old versions and deleted files included. Each
// blob is read once, as the item "<commit>:<path>" of the oldest commit
// that introduced it, with details naming the commit, its author time and
// whether the blob is still in HEAD. It runs the git binary read-only
// (GIT_OPTIONAL_LOCKS=0) and never writes to the repository.
func GitHistory(repo string) Source { return gitSource{repo: repo, maxBlob: 64 << 20} }

type gitSource struct {
	repo    string
	maxBlob int64
}

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
	blobs, err := s.history(ctx)
	if err != nil {
		return err
	}
	inHead := map[string]bool{}
	if out, err := s.git(ctx, "ls-tree", "-r", "-z", "HEAD").Output(); err == nil {
		for _, rec := range bytes.Split(out, []byte{0}) {
			// "<mode> blob <id>\t<path>"
			if f := bytes.Fields(bytes.SplitN(rec, []byte{'\t'}, 2)[0]); len(f) == 3 {
				inHead[string(f[2])] = true
			}
		}
	}
	cmd := s.git(ctx, "cat-file", "--batch")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("audit: git cat-file: %w", err)
	}
	defer func() { stdin.Close(); _ = cmd.Wait() }()
	r := bufio.NewReaderSize(stdout, 64<<10)
	for _, b := range blobs {
		if err := ctx.Err(); err != nil {
			return err
		}
		if _, err := fmt.Fprintln(stdin, b.id); err != nil {
			return err
		}
		header, err := r.ReadString('\n')
		if err != nil {
			return fmt.Errorf("audit: git cat-file: %w", err)
		}
		f := strings.Fields(header)
		if len(f) != 3 || f[1] != "blob" {
			continue // missing object
		}
		size, _ := strconv.ParseInt(f[2], 10, 64)
		it := Item{Path: b.commit + ":" + b.path, Size: size, Origin: "git", ModTime: b.when,
			Meta: map[string]string{"commit": b.commit, "author_time": b.when.UTC().Format(time.RFC3339), "in_head": strconv.FormatBool(inHead[b.id])}}
		st := storageOf(Item{Path: b.path, Origin: "git"}, nil)
		st.InVCS = true
		it.Storage = &st
		if size > s.maxBlob {
			if _, err := io.CopyN(io.Discard, r, size+1); err != nil {
				return err
			}
			it.Skip = fmt.Sprintf("blob larger than %d bytes", s.maxBlob)
		} else {
			data := make([]byte, size+1)
			if _, err := io.ReadFull(r, data); err != nil {
				return err
			}
			data = data[:size]
			it.Open = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(data)), nil }
		}
		if err := fn(it); err != nil {
			return err
		}
	}
	return nil
}

// history lists the blobs added or changed by every commit reachable from
// all refs, each with the oldest commit that introduced it.
func (s gitSource) history(ctx context.Context) ([]gitBlob, error) {
	cmd := s.git(ctx, "log", "--all", "--reverse", "--no-renames", "--no-abbrev", "--raw", "-z", "--format=%x01%H %at")
	out, err := cmd.Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return nil, fmt.Errorf("audit: git log in %s: %s", s.repo, strings.TrimSpace(string(ee.Stderr)))
		}
		return nil, fmt.Errorf("audit: git log: %w", err)
	}
	seen := map[string]bool{}
	var blobs []gitBlob
	for _, commitRec := range bytes.Split(out, []byte{1}) {
		if len(commitRec) == 0 {
			continue
		}
		// "<hash> <time>\n\n:<old mode> <new mode> <old id> <new id> <status>\0<path>\0…"
		nl := bytes.IndexByte(commitRec, '\n')
		if nl < 0 {
			continue
		}
		head := strings.Fields(strings.Trim(string(commitRec[:nl]), "\x00"))
		if len(head) != 2 {
			continue
		}
		sec, _ := strconv.ParseInt(head[1], 10, 64)
		when := time.Unix(sec, 0)
		fields := bytes.Split(bytes.TrimLeft(commitRec[nl:], "\n"), []byte{0})
		for i := 0; i+1 < len(fields); i += 2 {
			meta := strings.Fields(string(fields[i]))
			if len(meta) != 5 || !strings.HasPrefix(meta[0], ":") {
				i--
				continue
			}
			id, status, p := meta[3], meta[4], string(fields[i+1])
			if status == "D" || strings.Trim(id, "0") == "" || seen[id] || meta[1] == "160000" {
				continue
			}
			seen[id] = true
			blobs = append(blobs, gitBlob{id: id, commit: head[0], path: p, when: when})
		}
	}
	return blobs, nil
}
