package audit

import (
	"github.com/walletaudit/walletaudit/audit/detect"
	"github.com/walletaudit/walletaudit/keystore"

	"math"
	"strconv"
	"strings"
)

// assess turns a candidate found at st into the scored parts of a finding.
//
// The score (docs/scoring.md) is
//
//	score = 10 × power × validity × exposure × residual + modifiers
//
// where power is what the secret controls (a seed or extended key 1.0, a
// single key 0.85, a SLIP-39 share of an incomplete set 0.6, a testnet
// key a third of that), validity comes from the
// detector's confidence (high 1.0, medium 0.85, low 0.6), exposure is the
// highest likelihood among the attack paths that apply, and residual is
// how much of the risk the storage protection leaves (plain text 1.0, a
// keystore opened by a common password 1.0, KDF classes weak 0.85, moderate
// 0.6, unknown 0.5, strong 0.4). Each of in_vcs, cloud sync and
// world-readable adds 1.25 (one severity band). The result is capped at 10
// and rounded to one decimal. Published test secrets score at most 1.0.
func assess(c Candidate, st Storage) (float64, Severity, []AttackPath, string) {
	return assessRule(c, st, nil)
}

// assessRule is assess for a candidate whose rule a detector described
// (rd, nil when not): the rule's impact is the power, its attack paths
// come first, and its remediation replaces the default first step.
func assessRule(c Candidate, st Storage, rd *ruleDesc) (float64, Severity, []AttackPath, string) {
	var own []attackPath
	if rd != nil && !c.Public {
		own = rd.paths
	}
	ids := pathsFor(c, st)
	all := make([]attackPath, 0, len(own)+len(ids))
	all = append(all, own...)
	for _, id := range ids {
		all = append(all, catalogue[id])
	}
	paths := make([]AttackPath, 0, len(all))
	exposure := 0.0
	seen := map[string]bool{}
	for _, p := range all {
		if seen[p.ID] {
			continue
		}
		seen[p.ID] = true
		paths = append(paths, AttackPath{ID: p.ID, Title: p.Title, Attack: p.Attack, CWE: p.CWE, CCSS: p.CCSS})
		exposure = math.Max(exposure, p.Likelihood)
	}
	res := residual(c.Protection)
	if c.PasswordFile != "" {
		res = 1 // the password is one directory listing away
	}
	pw := power(c)
	if rd != nil && rd.info.Impact > 0 {
		pw = ruleImpact(c, rd.info.Impact)
	}
	score := 10 * pw * validity(c.Confidence) * exposure * res
	if !c.Public {
		score += storageRaise(st)
	}
	if c.Protection != nil && c.Protection.Encrypted && c.Protection.WeakPassword && !c.Public {
		score = math.Max(score, 9) // opened by a commonly tried password: as good as plain text
	}
	score = math.Min(score, 10)
	if c.Public {
		score = math.Min(score/10, 1.0)
	}
	score = math.Round(score*10) / 10
	return score, severityForScore(score), paths, remediation(c, rd, all)
}

// ruleImpact is the power of a candidate whose rule gives its impact:
// the impact (at most 1), with the testnet reduction of power.
func ruleImpact(c Candidate, impact float64) float64 {
	p := math.Min(impact, 1)
	if strings.EqualFold(c.Network, "testnet") || strings.EqualFold(c.Network, "regtest") {
		p /= 3
	}
	return p
}

func power(c Candidate) float64 {
	p := 0.85
	switch c.Kind {
	case KindMnemonic, KindExtendedPrivateKey, KindKeystore, KindWalletFile:
		p = 1.0
	case KindOtherPrivateKey:
		p = 0.8
	}
	if c.Share != nil && c.Share.Set == detect.SetIncomplete {
		p = incompleteSharePower // one share of a Shamir backup: a thief still needs others
	}
	if strings.EqualFold(c.Network, "testnet") || strings.EqualFold(c.Network, "regtest") {
		p /= 3
	}
	return p
}

// TestOnlyLowering is what Spread takes off the score of a secret found
// only in test files and fixtures: one severity band.
const TestOnlyLowering = 2.5

// ThirdPartyLowering is what Spread takes off the score of a secret found
// only in packages installed from a registry (Storage.ThirdParty) and in
// tests: one severity band, on top of TestOnlyLowering for a test file of
// such a package.
const ThirdPartyLowering = 2.5

// vectorTableSecrets is how many distinct secrets (published ones
// included) a test file holds for Spread to take it for a table of test
// vectors: its test-only secrets are lowered twice TestOnlyLowering.
const vectorTableSecrets = 5

// testOnlyFloor is the lowest score that lowering leaves (low): a real key
// in a test file is still a key.
const testOnlyFloor = 1.5

// testOnlyCeiling is the highest score that lowering leaves (medium): a
// key kept only for tests, or only in installed packages, is not a
// finding that fails a gate set at high, however its file is kept.
const testOnlyCeiling = 5.9

// publishedFixtureScore is the highest score Spread leaves a secret found
// only in the tests, examples, docs and compiled code of packages installed from a
// registry (info): the package's authors published it with their test
// suite or their README, so it is as public as a published test vector,
// and nobody on this machine can keep it secret.
const publishedFixtureScore = 1.4

// incompleteSharePower is the power of a SLIP-39 share whose set is not
// complete where it was found.
const incompleteSharePower = 0.6

// storageRaise is what in_vcs, cloud sync and world-readable add to a
// score: 1.25 (one band) each.
func storageRaise(st Storage) float64 {
	raise := 0.0
	for _, raised := range []bool{st.InVCS, st.Synced != "", st.WorldReadable} {
		if raised {
			raise += 1.25
		}
	}
	return raise
}

func validity(c Confidence) float64 {
	switch c {
	case ConfidenceHigh:
		return 1.0
	case ConfidenceLow:
		return 0.6
	}
	return 0.85
}

func residual(p *Protection) float64 {
	if p == nil || !p.Encrypted || p.WeakPassword {
		return 1.0
	}
	switch keystore.ClassifyRate(p.GuessesPerSecond) {
	case keystore.StrengthWeak:
		return 0.85
	case keystore.StrengthModerate:
		return 0.6
	case keystore.StrengthStrong:
		return 0.4
	}
	return 0.5
}

// remediation writes what the reader should do first, then what the
// attack paths add.
// A described rule's remediation replaces the default first step.
func remediation(c Candidate, rd *ruleDesc, paths []attackPath) string {
	if c.Public {
		return catalogue["public-test-secret"].Remediation
	}
	var b strings.Builder
	seen := map[string]bool{}
	switch {
	case rd != nil && rd.info.Remediation != "":
		b.WriteString(rd.info.Remediation)
		b.WriteByte(' ')
	case c.Protection != nil && c.Protection.Encrypted && !c.Protection.WeakPassword:
		b.WriteString("The store is encrypted; its safety rests on the password. ")
	case strings.EqualFold(c.Network, "testnet"):
		b.WriteString("This is a testnet secret: rotate it, and check it is not reused on mainnet. ")
	default:
		b.WriteString("Treat the wallet as compromised: create a new wallet on a clean offline device and move all funds to it first. Then: ")
	}
	for _, p := range paths {
		if seen[p.ID] || p.Remediation == "" {
			continue
		}
		seen[p.ID] = true
		b.WriteString(p.Remediation)
		b.WriteByte(' ')
	}
	return strings.TrimSpace(b.String())
}

// Spread raises the findings of a secret that is stored in several places:
// each further place adds 0.5 to the score (at most 1.25, one band), and
// Details["occurrences"] counts the places (copies among test files and
// installed packages alone are counted, not raised). SLIP-39 shares of one set
// found in different files that together recover the master secret are
// marked complete and scored as the seed. A secret found only in test
// files and fixtures (Storage.TestFixture) is scored TestOnlyLowering
// lower, to no less than 1.5 (low) and no more than 5.9 (medium), with the reason in
// Details["test_only"]; the same secret also found in production code or
// a notes file keeps its score everywhere, up to the highest score of
// those copies (a key in a test that is also an example in a docstring,
// scored lower there, is not raised by it). In a test file holding five
// distinct secrets or more (a table of test vectors, published secrets
// counted) the lowering is doubled. A secret found only in packages
// installed from a registry (Storage.ThirdParty) and in tests is scored
// ThirdPartyLowering lower as well, twice that in a package's file of five
// distinct secrets or more, with the reason in Details["third_party"]; one
// found only in such packages' tests, examples, docs and compiled code, or
// in such a file of five distinct secrets or more, is info.
// Published test secrets are left as they are.
// Use it on the complete result of a scan.
func Spread(fs []Finding) {
	slip39Across(fs)
	places := map[string]map[string]bool{}
	ownCode := map[string]bool{}           // fingerprints found outside tests and installed packages
	inFile := map[string]map[string]bool{} // path → fingerprints found there
	for _, f := range fs {
		fp := f.Secret.Fingerprint()
		if places[fp] == nil {
			places[fp] = map[string]bool{}
		}
		places[fp][f.Location.Path] = true
		if inFile[f.Location.Path] == nil {
			inFile[f.Location.Path] = map[string]bool{}
		}
		inFile[f.Location.Path][fp] = true
		if !f.Storage.TestFixture && !f.Storage.ThirdParty {
			ownCode[fp] = true
		}
	}
	defer func() {
		// ownMax is the highest score of a secret's copies in the owner's
		// own code (after the raise below): its other copies keep theirs
		// up to it.
		ownMax := map[string]float64{}
		for _, f := range fs {
			if !f.Storage.TestFixture && !f.Storage.ThirdParty {
				fp := f.Secret.Fingerprint()
				ownMax[fp] = math.Max(ownMax[fp], f.Score)
			}
		}
		for i := range fs {
			f := &fs[i]
			own, hasOwn := ownMax[f.Secret.Fingerprint()]
			if f.Public || hasOwn && own >= f.Score || f.Score <= testOnlyFloor {
				continue
			}
			d := make(map[string]string, len(f.Details)+2)
			for k, v := range f.Details {
				d[k] = v
			}
			only, elsewhere := "only ", ""
			if hasOwn {
				only, elsewhere = "", ", and elsewhere only where it scores "+strconv.FormatFloat(own, 'f', -1, 64)+" or less (and no lower here)"
			}
			// A file of vectorTableSecrets distinct secrets or more is a
			// table of them: each lowering below is doubled there.
			secrets := len(inFile[f.Location.Path])
			lowering := 0.0
			lower := func(detail string, by float64, why, table, tableIs, because string) {
				if secrets >= vectorTableSecrets {
					by, why = 2*by, why+", in "+table+" of "+strconv.Itoa(secrets)+" secrets ("+tableIs+")"
				}
				d[detail] = why + ": scored " + strconv.FormatFloat(by, 'f', -1, 64) + " lower, to medium at most, " + because
				lowering += by
			}
			if f.Storage.TestFixture {
				lower("test_only", TestOnlyLowering, "found "+only+"in test files and fixtures"+elsewhere, "a test file", "a table of test vectors",
					"as a key kept for tests is rarely funded; make sure it is not used on a real network")
			}
			if f.Storage.ThirdParty {
				lower("third_party", ThirdPartyLowering, "found "+only+"in packages installed from a registry (and tests)"+elsewhere, "a file", "published vectors or fixtures",
					"as it was published by the package's authors, not kept by this machine's owner; it is public, so never fund it")
			}
			f.Score = math.Round(math.Max(math.Max(testOnlyFloor, own), math.Min(testOnlyCeiling, f.Score-lowering))*10) / 10
			switch {
			case !f.Storage.ThirdParty || hasOwn || f.Score <= publishedFixtureScore:
			case f.Storage.TestFixture:
				f.Score = publishedFixtureScore
				d["third_party"] += "; found only in installed packages' tests, examples, docs and compiled code, so published with them: info"
			case secrets >= vectorTableSecrets:
				// A package's file of many secrets is a table of vectors
				// its tests read, wherever the package keeps it (Zilliqa's
				// schnorr/data: a thousand signing vectors).
				f.Score = publishedFixtureScore
				d["third_party"] += "; found only in a package's table of " + strconv.Itoa(secrets) + " secrets, published with it: info"
			}
			f.Details = d
			f.Severity = severityForScore(f.Score)
		}
	}()
	for i := range fs {
		f := &fs[i]
		n := len(places[f.Secret.Fingerprint()])
		if n < 2 || f.Public {
			continue
		}
		d := make(map[string]string, len(f.Details)+1)
		for k, v := range f.Details {
			d[k] = v
		}
		d["occurrences"] = strconv.Itoa(n)
		f.Details = d
		if !ownCode[f.Secret.Fingerprint()] {
			continue // copies among tests and installed packages are one publisher's, not more exposure
		}
		f.Score = math.Round(math.Min(10, f.Score+math.Min(1.25, 0.5*float64(n-1)))*10) / 10
		f.Severity = severityForScore(f.Score)
	}
}
