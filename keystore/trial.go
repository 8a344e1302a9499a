package keystore

import (
	"context"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// commonPasswords is the built-in trial list: the passwords attackers try
// first. Sources: the top of public leaked-password frequency lists
// (RockYou, NordPass "most common passwords" 2019–2024, SecLists
// 10-million-password-list-top-100) and wallet-specific defaults and
// habits (LND's "hello", aezeed's default passphrase, coin names). Most
// likely first: a store whose KDF is expensive is only tried on a prefix.
var commonPasswords = [...]string{
	"", "password", "123456", "12345678", "123456789", "qwerty", "1234567890", "12345", "1234",
	"111111", "abc123", "password1", "Password1", "test", "testtest", "test123", "admin", "letmein",
	"changeme", "welcome", "iloveyou", "monkey", "dragon", "master", "secret", "passw0rd", "p@ssw0rd",
	"Password123", "qwerty123", "000000", "123123", "654321", "1q2w3e4r", "zaq12wsx", "trustno1",
	"hello", "hello123", "default", "pass", "pass123", "mypassword", "wallet", "bitcoin", "ethereum",
	"crypto", "metamask", "satoshi", "hodl", "moon", "ledger", "aezeed", "keystore",
}

// frequentPasswords are tried after commonPasswords, the hints and the
// caller's passwords: the rest of the most frequent passwords, in the
// order of their sources, for stores cheap enough to reach them within
// the budget (a store with a standard KDF gets a few of commonPasswords).
// Sources: the top 20 of NordPass's "200 most common passwords" of 2023
// and of 2022, then the first 320 of SecLists'
// Passwords/Common-Credentials/10-million-password-list-top-1000.txt;
// less those above, and less profanity and slurs.
var frequentPasswords = [...]string{
	"123", "Aa123456", "1234567", "Password", "12345678910", "admin123", "user", "guest", "col123456", "baseball",
	"football", "696969", "shadow", "666666", "qwertyuiop", "123321", "mustang", "michael",
	"superman", "1qaz2wsx", "7777777", "121212", "qazwsx", "123qwe", "killer", "jordan", "jennifer",
	"zxcvbnm", "asdfgh", "hunter", "buster", "soccer", "harley", "batman", "andrew", "tigger",
	"sunshine", "2000", "charlie", "robert", "thomas", "hockey", "ranger", "daniel", "starwars",
	"klaster", "112233", "george", "computer", "michelle", "jessica", "pepper", "1111", "zxcvbn",
	"555555", "11111111", "131313", "freedom", "777777", "maggie", "159753", "aaaaaa", "ginger",
	"princess", "joshua", "cheese", "amanda", "summer", "love", "ashley", "6969", "nicole", "chelsea",
	"biteme", "matthew", "access", "yankees", "987654321", "dallas", "austin", "thunder", "taylor",
	"matrix", "william", "corvette", "martin", "heather", "merlin", "diamond", "1234qwer", "gfhjkm",
	"hammer", "silver", "222222", "88888888", "anthony", "justin", "bailey", "q1w2e3r4t5", "patrick",
	"internet", "scooter", "orange", "11111", "golfer", "cookie", "richard", "samantha", "bigdog",
	"guitar", "jackson", "whatever", "mickey", "chicken", "sparky", "snoopy", "maverick", "phoenix",
	"camaro", "peanut", "morgan", "falcon", "cowboy", "ferrari", "samsung", "andrea", "smokey",
	"steelers", "joseph", "mercedes", "dakota", "arsenal", "eagles", "melissa", "boomer", "booboo",
	"spider", "nascar", "monster", "tigers", "yellow", "xxxxxx", "123123123", "gateway", "marina",
	"diablo", "bulldog", "qwer1234", "compaq", "purple", "banana", "junior", "hannah", "123654",
	"porsche", "lakers", "iceman", "money", "cowboys", "987654", "london", "tennis", "999999",
	"ncc1701", "coffee", "scooby", "0000", "miller", "boston", "q1w2e3r4", "brandon", "yamaha",
	"chester", "mother", "forever", "johnny", "edward", "333333", "oliver", "redsox", "player",
	"nikita", "knight", "fender", "barney", "midnight", "please", "brandy", "chicago", "badboy",
	"slayer", "rangers", "charles", "angel", "flower", "bigdaddy", "rabbit", "wizard", "jasper",
	"enter", "rachel", "chris", "steven", "winner", "adidas", "victoria", "natasha", "jasmine",
	"winter", "prince", "marine", "ghbdtn", "fishing", "cocacola", "casper", "james", "232323",
	"raiders", "888888", "marlboro", "gandalf", "asdfasdf", "crystal", "87654321", "12344321",
	"golden", "8675309", "panther", "lauren", "angela", "spanky", "thx1138", "angels", "madison",
	"winston", "shannon", "mike", "toyota", "jordan23", "canada", "sophie", "apples", "tiger", "razz",
	"123abc", "pokemon", "qazxsw", "55555", "qwaszx", "muffin", "johnson", "murphy", "cooper",
	"jonathan", "liverpoo", "david", "danielle", "159357", "jackie", "1990", "123456a", "789456",
	"turtle", "abcd1234", "scorpion", "qazwsxedc", "101010", "butter", "carlos", "dennis", "slipknot",
	"booger", "asdf", "1991", "black", "startrek", "12341234", "cameron", "newyork", "rainbow",
	"nathan",
}

// CommonPasswords returns the built-in list of passwords tried first, most
// likely first. The result is a copy.
func CommonPasswords() []string {
	c := commonPasswords
	return c[:]
}

// trialList builds the candidates: the passwords written beside the store
// (PreferPasswords), the built-in CommonPasswords, then
// hints from the file (its name without extension, a stored wallet label,
// the address), then the caller's, then the rest of the built-in list
// (frequentPasswords). Duplicates are dropped.
func trialList(a *Assessment, name string, opts Options) []string {
	seen := map[string]bool{}
	var out []string
	add := func(p string) {
		if !seen[p] && len(p) <= 1024 {
			seen[p] = true
			out = append(out, p)
		}
	}
	for _, p := range a.preferred {
		add(p)
	}
	if !opts.NoBuiltin {
		for _, p := range commonPasswords {
			add(p)
		}
	}
	if b := baseName(name); b != "" {
		if i := strings.LastIndexByte(b, '.'); i > 0 {
			b = b[:i]
		}
		if len(b) <= 64 {
			add(b)
		}
	}
	for _, h := range a.hints {
		add(h)
	}
	if a.Address != "" {
		add(a.Address)
		add(strings.ToLower(a.Address))
	}
	for _, p := range opts.Passwords {
		add(p)
	}
	if !opts.NoBuiltin {
		for _, p := range frequentPasswords {
			add(p)
		}
	}
	return out
}

// tryPasswords runs a.check over list, concurrently, within the budget,
// the count limit and ctx. It records only whether one worked.
func tryPasswords(ctx context.Context, a *Assessment, list []string, opts Options) {
	if opts.MaxTrials > 0 && len(list) > opts.MaxTrials {
		a.Untried += len(list) - opts.MaxTrials
		list = list[:opts.MaxTrials]
	}
	budget := opts.Budget
	if budget <= 0 {
		budget = 2 * time.Second
	}
	memLimit := opts.MaxTrialMemory
	if memLimit <= 0 {
		memLimit = 256 << 20
	}
	switch {
	case a.trialMemory > memLimit:
		a.Untried += len(list)
		a.TrialStop = StopLarge
		a.Notes = append(a.Notes, "password trials skipped: one guess needs more memory than allowed")
		return
	case a.trialSeconds > budget.Seconds():
		a.Untried += len(list)
		a.TrialStop = StopCostly
		a.Notes = append(a.Notes, "password trials skipped: one guess costs more than the time budget")
		return
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = min(runtime.GOMAXPROCS(0), 4)
	}
	if a.trialMemory > 0 {
		workers = int(min(int64(workers), max(memLimit/a.trialMemory, 1)))
	}
	workers = max(min(workers, len(list)), 1)

	ctx, cancel := context.WithTimeout(ctx, budget)
	defer cancel()
	var (
		next  atomic.Int64
		tried atomic.Int64
		found atomic.Bool
		wg    sync.WaitGroup
	)
	for range workers {
		wg.Go(func() {
			for ctx.Err() == nil {
				i := int(next.Add(1) - 1)
				if i >= len(list) {
					return
				}
				tried.Add(1)
				if a.check([]byte(list[i])) {
					found.Store(true)
					cancel()
					return
				}
			}
		})
	}
	wg.Wait()
	a.Tried += int(tried.Load())
	a.WeakPassword = found.Load()
	if !a.WeakPassword {
		a.Untried += len(list) - int(tried.Load())
	}
	a.UntriedSeconds = float64(a.Untried) * a.trialSeconds
	switch {
	case a.WeakPassword:
		a.TrialStop = StopOpened
	case ctx.Err() != nil && a.Untried > 0:
		a.TrialStop = StopFileLimit
	default:
		a.TrialStop = StopListDone
	}
	if a.Untried > 0 && !a.WeakPassword {
		a.Notes = append(a.Notes, "password trials stopped by the budget before the end of the list")
	}
}
