package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Scanning a directory inside a repository gives URIs relative to the
// repository's root; the driver has a version; rules are named in words.
func TestSARIFRepositoryRootVersionAndRuleNames(t *testing.T) {
	repo := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(repo, ".git"), 0o755))
	sub := filepath.Join(repo, "services", "api")
	require.NoError(t, os.MkdirAll(sub, 0o755))
	fs, sum := sample()
	for i := range fs {
		fs[i].Location.Path = filepath.Join(sub, "app", ".env")
	}
	fs[0].Rule = "wif"
	var buf bytes.Buffer
	w := NewSARIF(&buf, Options{BaseDir: sub})
	for _, f := range fs {
		require.NoError(t, w.Add(f))
	}
	require.NoError(t, w.Close(sum))

	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Version         string `json:"version"`
					SemanticVersion string `json:"semanticVersion"`
					Rules           []struct {
						ID    string `json:"id"`
						Name  string `json:"name"`
						Short struct {
							Text string `json:"text"`
						} `json:"shortDescription"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Base    map[string]struct{ URI string } `json:"originalUriBaseIds"`
			Results []struct {
				Locations []struct {
					Physical struct {
						Artifact struct {
							URI       string `json:"uri"`
							URIBaseID string `json:"uriBaseId"`
						} `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	require.NoError(t, json.Unmarshal(buf.Bytes(), &log))
	run := log.Runs[0]
	assert.NotEmpty(t, run.Tool.Driver.Version)
	assert.NotEmpty(t, run.Tool.Driver.SemanticVersion)
	assert.Equal(t, "file://"+filepath.ToSlash(repo)+"/", run.Base["%SRCROOT%"].URI)
	for _, r := range run.Results {
		assert.Equal(t, "services/api/app/.env", r.Locations[0].Physical.Artifact.URI)
		assert.Equal(t, "%SRCROOT%", r.Locations[0].Physical.Artifact.URIBaseID)
	}
	names := map[string]string{}
	for _, r := range run.Tool.Driver.Rules {
		names[r.ID] = r.Name
		assert.Contains(t, r.Short.Text, r.Name)
	}
	assert.Equal(t, map[string]string{"wif": "WIF private key", "hex-private-key": "Hex private key"}, names)
	assert.Equal(t, "Some new rule", ruleTitle("some-new-rule"))
}
