package audit

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Environ returns a source of one environment: vars in "NAME=value" form,
// as os.Environ returns them. Each variable is an item of its own, named
// "env:NAME" (or, when name is neither "self" nor "", name + ":NAME"), so
// a finding names the variable that holds the secret. The items come in
// the order of the names.
func Environ(name string, vars []string) Source {
	if name == "" || name == "self" {
		name = "env"
	}
	// (ProcessEnvs names its items "proc:PID(COMMAND):NAME".)
	return envSource{name: name, vars: vars}
}

// ProcessEnv returns a source of the current process's environment.
func ProcessEnv() Source { return Environ("self", os.Environ()) }

type envSource struct {
	name string
	vars []string
}

func (s envSource) Walk(ctx context.Context, fn func(Item) error) error {
	return walkEnv(ctx, s.name, s.vars, fn)
}

// walkEnv yields one item per variable, named prefix + ":" + the
// variable's name, holding the "NAME=value" line.
func walkEnv(ctx context.Context, prefix string, vars []string, fn func(Item) error) error {
	vs := append([]string(nil), vars...)
	sort.Strings(vs)
	for _, v := range vs {
		if err := ctx.Err(); err != nil {
			return err
		}
		name, _, _ := strings.Cut(v, "=")
		if name == "" {
			continue
		}
		// One line: a value with a newline keeps its finding on line 1.
		line := strings.ReplaceAll(v, "\n", `\n`) + "\n"
		if err := fn(envItem(prefix+":"+name, []byte(line))); err != nil {
			return err
		}
	}
	return nil
}

func envItem(path string, data []byte) Item {
	return Item{
		Path: path, Size: int64(len(data)), Origin: "env",
		Storage: &Storage{Context: "environment"},
		Open:    func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(data)), nil },
	}
}

// ProcessEnvs returns a source of the environments of the processes whose
// /proc/<pid>/environ the caller may read, under procRoot ("/proc" on
// Linux). Each variable is an item named "proc:PID(COMMAND):NAME". Processes
// that cannot be read are skipped quietly (they belong to other users);
// the scan never writes to /proc.
func ProcessEnvs(procRoot string) Source { return procSource{root: procRoot} }

type procSource struct{ root string }

func (s procSource) Walk(ctx context.Context, fn func(Item) error) error {
	ents, err := os.ReadDir(s.root)
	if err != nil {
		return fmt.Errorf("audit: %w", err)
	}
	for _, e := range ents {
		if err := ctx.Err(); err != nil {
			return err
		}
		pid, err := strconv.Atoi(e.Name())
		if err != nil || pid <= 0 {
			continue
		}
		raw, err := readBounded(filepath.Join(s.root, e.Name(), "environ"), 4<<20)
		if err != nil || len(raw) == 0 {
			continue
		}
		comm, _ := readBounded(filepath.Join(s.root, e.Name(), "comm"), 256)
		vars := strings.Split(strings.TrimRight(string(raw), "\x00"), "\x00")
		prefix := fmt.Sprintf("proc:%d(%s)", pid, strings.TrimSpace(string(comm)))
		if err := walkEnv(ctx, prefix, vars, fn); err != nil {
			return err
		}
	}
	return nil
}

// readBounded reads at most limit bytes of a file (pseudo-files in /proc
// report size 0, so the size cannot be trusted).
func readBounded(p string, limit int64) ([]byte, error) {
	f, err := openReadOnly(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, limit))
}

// historyFiles are the shell and REPL histories looked for under a home
// directory, relative to it.
var historyFiles = []string{
	".bash_history", ".zsh_history", ".zhistory", ".histfile", ".sh_history", ".history",
	".local/share/fish/fish_history", ".config/fish/fish_history",
	".python_history", ".node_repl_history", ".psql_history", ".mysql_history",
	".sqlite_history", ".irb_history", ".pry_history", ".rediscli_history", ".lesshst",
	".local/share/powershell/PSReadLine/ConsoleHost_history.txt",
	".config/powershell/PSReadLine/ConsoleHost_history.txt",
	"AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt",
	".foundry/cast_history", ".ipython/profile_default/history.sqlite",
}

// History returns a source of the shell and REPL history files of the
// user whose home directory is home (bash, zsh, fish, PowerShell, Python,
// Node, psql, MySQL, SQLite and others). Missing files are ignored.
func History(home string) Source { return historySource{home: home} }

type historySource struct{ home string }

func (s historySource) Walk(ctx context.Context, fn func(Item) error) error {
	if _, err := os.Stat(s.home); err != nil {
		return fmt.Errorf("audit: %w", err)
	}
	for _, rel := range historyFiles {
		if err := ctx.Err(); err != nil {
			return err
		}
		p := filepath.Join(s.home, filepath.FromSlash(rel))
		info, err := os.Lstat(p)
		if err != nil {
			continue
		}
		it := fileItem(p, info)
		it.Storage = &Storage{Context: "shell-history"}
		st := storageOf(Item{Path: p, Mode: info.Mode(), Origin: "history"}, nil)
		it.Storage.Permissions, it.Storage.WorldReadable, it.Storage.Synced = st.Permissions, st.WorldReadable, st.Synced
		it.Origin = "history"
		if err := fn(it); err != nil {
			return err
		}
	}
	return nil
}
