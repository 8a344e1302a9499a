package audit

import (
	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/keystore"
)

// attackPath is one entry of the attack-path catalogue: a storage situation,
// how an attacker exploits it, and how likely that is. Likelihood is the
// chance, 0–1, that a secret in this situation reaches an attacker; it feeds
// the exposure term of the score (docs/scoring.md). A detector's own paths
// (detect.AttackPathInfo) have the same shape and join the same lists.
//
// IDs are stable: they are the attack_paths[].id values of the JSON
// contract. The ATT&CK and CWE mappings and the CCSS aspects follow
// docs/formats.md §9 (MITRE ATT&CK Enterprise, CWE 4.x, CCSS v8 numbering).
type attackPath = detect.AttackPathInfo

// catalogue is the attack-path table, keyed by ID.
var catalogue = map[string]attackPath{
	"plaintext-in-repo": {
		ID: "plaintext-in-repo", Title: "Plaintext secret in a version-controlled work tree",
		Attack: []string{"T1213.003", "T1552.001"}, CWE: []string{"CWE-540", "CWE-798", "CWE-312"},
		CCSS: "1.03 Key Storage", Likelihood: 1.0,
		Remediation: "Remove it from the file and from the repository history (git filter-repo), and assume every clone, fork and CI cache already holds it.",
	},
	"plaintext-in-dotenv": {
		ID: "plaintext-in-dotenv", Title: "Plaintext secret in an environment or configuration file",
		Attack: []string{"T1552.001", "T1005"}, CWE: []string{"CWE-312", "CWE-798"},
		CCSS: "1.03 Key Storage", Likelihood: 0.9,
		Remediation: "Delete it from the file, make sure the file is in .gitignore and .dockerignore, and load signing keys from a hardware wallet or an encrypted keystore instead.",
	},
	"shell-history": {
		ID: "shell-history", Title: "Secret typed on a command line, kept in shell history",
		Attack: []string{"T1552.003"}, CWE: []string{"CWE-214", "CWE-312"},
		CCSS: "1.04 Key Usage", Likelihood: 0.9,
		Remediation: "Delete the line from the history file (and any backup of it), and pass keys through an encrypted keystore or a prompt, never as arguments.",
	},
	"environment-variable": {
		ID: "environment-variable", Title: "Secret in a process environment",
		Attack: []string{"T1552.001", "T1552.007"}, CWE: []string{"CWE-526"},
		CCSS: "1.04 Key Usage", Likelihood: 0.8,
		Remediation: "Unset the variable, remove it from unit files and container definitions, and use a signer that holds the key outside the environment.",
	},
	"notes-clipboard-screenshot": {
		ID: "notes-clipboard-screenshot", Title: "Secret written in a note or document",
		Attack: []string{"T1005", "T1115", "T1113"}, CWE: []string{"CWE-312"},
		CCSS: "1.03 Key Storage", Likelihood: 0.9,
		Remediation: "Delete the note and its copies (synced versions, trash, backups); keep a seed backup only offline, on paper or metal.",
	},
	"log-file": {
		ID: "log-file", Title: "Secret written to a log",
		Attack: []string{"T1552.001", "T1005"}, CWE: []string{"CWE-532"},
		CCSS: "2.04 Audit Logs", Likelihood: 0.9,
		Remediation: "Purge the log and its rotated copies and shipped copies, and fix the code that logged the secret.",
	},
	"ci-variable-printed": {
		ID: "ci-variable-printed", Title: "Secret in CI configuration or output",
		Attack: []string{"T1552.001"}, CWE: []string{"CWE-532", "CWE-526"},
		CCSS: "1.04 Key Usage", Likelihood: 0.95,
		Remediation: "Delete the job logs and artifacts that hold it, and move the value into the CI system's secret store with masking.",
	},
	"container-image-layer": {
		ID: "container-image-layer", Title: "Secret baked into a container image or compose file",
		Attack: []string{"T1552.001", "T1552.007"}, CWE: []string{"CWE-312", "CWE-798"},
		CCSS: "1.03 Key Storage", Likelihood: 0.95,
		Remediation: "Rebuild the image without it (build secrets, not ENV/ARG/COPY), delete the pushed tags and layers, and treat every pulled copy as exposed.",
	},
	"k8s-secret-base64": {
		ID: "k8s-secret-base64", Title: "Secret in a Kubernetes or Helm manifest (base64 is not encryption)",
		Attack: []string{"T1552.007", "T1552.001"}, CWE: []string{"CWE-312", "CWE-522"},
		CCSS: "1.03 Key Storage", Likelihood: 0.9,
		Remediation: "Remove it from the manifest and its history, and use an external secret manager or sealed secrets.",
	},
	"cloud-synced": {
		ID: "cloud-synced", Title: "Secret in a cloud-synced folder",
		Attack: []string{"T1530"}, CWE: []string{"CWE-312", "CWE-522"},
		CCSS: "1.03 Key Storage", Likelihood: 0.85,
		Remediation: "Remove it from the synced folder and from the service's version history and trash.",
	},
	"world-readable": {
		ID: "world-readable", Title: "Secret in a file other local users can read",
		Attack: []string{"T1005"}, CWE: []string{"CWE-732"},
		CCSS: "1.03 Key Storage", Likelihood: 0.8,
		Remediation: "Restrict the file to its owner (chmod 600) after moving the funds.",
	},
	"plaintext-local-file": {
		ID: "plaintext-local-file", Title: "Plaintext secret in a file on disk (infostealer path)",
		Attack: []string{"T1005", "T1552.001"}, CWE: []string{"CWE-312"},
		CCSS: "1.03 Key Storage", Likelihood: 0.75,
		Remediation: "Delete the file and its backups, and keep keys only in a hardware wallet or an encrypted keystore.",
	},
	"encrypted-store-copy": {
		ID: "encrypted-store-copy", Title: "Encrypted wallet store an attacker can copy and attack offline",
		Attack: []string{"T1005", "T1110.002"}, CWE: []string{"CWE-522"},
		CCSS: "1.03 Key Storage", Likelihood: 0.75,
		Remediation: "Keep the password long, random and stored apart from the file; keep backups of the file offline.",
	},
	"password-beside-keystore": {
		ID: "password-beside-keystore", Title: "Keystore password stored next to the keystore",
		Attack: []string{"T1552.001"}, CWE: []string{"CWE-522", "CWE-256"},
		CCSS: "1.03 Key Storage", Likelihood: 1.0,
		Remediation: "Delete the password file, move the funds to a new wallet, and keep passwords in a password manager, never beside the keystore.",
	},
	"unencrypted-wallet-file": {
		ID: "unencrypted-wallet-file", Title: "Wallet file that stores keys without encryption",
		Attack: []string{"T1552.004", "T1005"}, CWE: []string{"CWE-312"},
		CCSS: "1.03 Key Storage", Likelihood: 0.85,
		Remediation: "Encrypt the wallet with a long random passphrase (or move to a hardware wallet), then move the funds, since copies may already exist.",
	},
	"guessable-password": {
		ID: "guessable-password", Title: "Keystore opened by a commonly tried password",
		Attack: []string{"T1110.002"}, CWE: []string{"CWE-521", "CWE-1391"},
		CCSS: "1.03 Key Storage", Likelihood: 0.75,
		Remediation: "Anyone with a copy of this file opens it in seconds: delete the file and its backups, and protect the new wallet with a long random password.",
	},
	"weak-kdf-keystore": {
		ID: "weak-kdf-keystore", Title: "Keystore whose password can be guessed offline",
		Attack: []string{"T1110.002"}, CWE: []string{"CWE-916", "CWE-521"},
		CCSS: "1.03 Key Storage", Likelihood: 0.7,
		Remediation: "Re-encrypt with a long random password and a strong KDF (scrypt N≥2^18 or Argon2id), and move the funds if the file was ever copied.",
	},
	"browser-extension-vault": {
		ID: "browser-extension-vault", Title: "Browser-extension wallet vault (infostealer target)",
		Attack: []string{"T1555.003", "T1110.002"}, CWE: []string{"CWE-916"},
		CCSS: "1.03 Key Storage", Likelihood: 0.8,
		Remediation: "Use a long unique password, update the extension (current vaults use 600,000 PBKDF2 rounds), and keep large amounts in a hardware wallet.",
	},
	"weak-generator": {
		ID: "weak-generator", Title: "Secret generated with too little entropy",
		Attack: []string{"T1657"}, CWE: []string{"CWE-338", "CWE-331"},
		CCSS: "1.01 Key/Seed Generation", Likelihood: 1.0,
		Remediation: "Move the funds at once to a wallet generated by a reviewed wallet on an offline device; anyone can re-derive this one.",
	},
	"funded-wallet": {
		ID: "funded-wallet", Title: "Exposed secret that controls funds now (balance checked on the user's node)",
		Attack: []string{"T1657"}, CWE: []string{"CWE-312", "CWE-522"},
		CCSS: "1.03 Key Storage", Likelihood: 1.0,
		Remediation: "This wallet holds funds now: move them at once to a new wallet created on a clean offline device, before anything else.",
	},
	"public-test-secret": {
		ID: "public-test-secret", Title: "Published test secret",
		Attack: []string{"T1657"}, CWE: []string{"CWE-798"},
		CCSS: "1.01 Key/Seed Generation", Likelihood: 1.0,
		Remediation: "This secret is published: anyone can spend from it. Never fund it on a real network and keep it out of production configuration.",
	},
}

// pathsFor lists the attack paths that apply to a candidate stored at st.
func pathsFor(c Candidate, st Storage) []string {
	if c.Public {
		return []string{"public-test-secret"}
	}
	var ids []string
	add := func(id string) {
		for _, x := range ids {
			if x == id {
				return
			}
		}
		ids = append(ids, id)
	}
	if c.Protection != nil && c.Protection.Encrypted && c.Protection.WeakPassword {
		add("guessable-password") // first: it is the way in
	}
	if c.PasswordFile != "" {
		add("password-beside-keystore")
	}
	if c.Protection != nil {
		switch {
		case !c.Protection.Encrypted:
			add("unencrypted-wallet-file")
		case st.Context == "browser-extension":
			add("browser-extension-vault")
		case keystore.ClassifyRate(c.Protection.GuessesPerSecond) != keystore.StrengthStrong:
			add("weak-kdf-keystore")
		}
	}
	if c.Weakness != "" {
		add("weak-generator")
	}
	if st.InVCS {
		add("plaintext-in-repo")
	}
	encrypted := c.Protection != nil && c.Protection.Encrypted && !c.Protection.WeakPassword
	switch st.Context {
	case "dotenv", "config":
		if !encrypted { // a keystore named .json is no plaintext in a configuration file
			add("plaintext-in-dotenv")
		}
	case "shell-history":
		add("shell-history")
	case "environment":
		add("environment-variable")
	case "notes", "document":
		add("notes-clipboard-screenshot")
	case "log":
		add("log-file")
	case "ci":
		add("ci-variable-printed")
	case "container":
		add("container-image-layer")
	case "k8s":
		add("k8s-secret-base64")
	case "browser-extension":
		add("browser-extension-vault")
	}
	if st.Synced != "" {
		add("cloud-synced")
	}
	if st.WorldReadable {
		add("world-readable")
	}
	if len(ids) == 0 {
		if c.Protection != nil && c.Protection.Encrypted {
			add("encrypted-store-copy")
		} else {
			add("plaintext-local-file")
		}
	}
	return ids
}
