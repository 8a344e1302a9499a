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
// as os.Environ returns them. Each variable is one line of an item named
// "env:" + name, so a finding's line says which variable holds the secret
// (the variables are sorted by name).
func Environ(name string, vars []string) Source {
	return envSource{name: name, vars: vars}
}

// ProcessEnv returns a source of the current process's environment.
func ProcessEnv() Source { return Environ("self", os.Environ()) }

type envSource struct {
	name string
	vars []string
}

func (s envSource) Walk(ctx context.Context, fn func(Item) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return fn(envItem("env:"+s.name, envText(s.vars)))
}

func envText(vars []string) []byte {
	vs := append([]string(nil), vars...)
	sort.Strings(vs)
	var b bytes.Buffer
	for _, v := range vs {
		// A value with a newline would shift the lines of the variables
		// after it; keep one variable per line.
		b.WriteString(strings.ReplaceAll(v, "\n", `\n`))
		b.WriteByte('\n')
	}
	return b.Bytes()
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
// Linux). Each is an item named "env:pid <pid> (<command>)". Processes
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
		name := fmt.Sprintf("env:pid %d (%s)", pid, strings.TrimSpace(string(comm)))
		if err := fn(envItem(name, envText(vars))); err != nil {
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
