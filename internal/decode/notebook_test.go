package decode

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNotebookViews: a Jupyter notebook is read as the text it shows,
// each cell's source before its outputs (nbformat writes them the other
// way round), the lines of a value printed over many joined, each line
// mapped to the JSON string it came from; JSON of no notebook is not.
func TestNotebookViews(t *testing.T) {
	nb := `{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": [
    "# Airdrop\n",
    "Fund the \"payer\" first."
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "payer ready\n"
     ]
    },
    {
     "data": {
      "image/png": "iVBORw0KGgo=",
      "text/plain": [
       "[66,\n",
       " 11,\n",
       " 156]"
      ]
     },
     "execution_count": 3,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": "list(bytes(payer))"
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
`
	got := viewsOf(nb, "notebook")
	require.Len(t, got, 1)
	v := got[0]
	want := "# Airdrop\nFund the \"payer\" first.\nlist(bytes(payer))\npayer ready\n[66,\n 11,\n 156]\n"
	assert.Equal(t, want, string(v.Data))
	lines := strings.Split(strings.TrimSuffix(want, "\n"), "\n")
	require.Len(t, v.Cells, len(lines))
	for i, raw := range []string{`"# Airdrop\n"`, `"Fund the \"payer\" first."`, `"list(bytes(payer))"`, `"payer ready\n"`, `"[66,\n"`, `" 11,\n"`, `" 156]"`} {
		assert.Equal(t, raw, nb[v.Cells[i][0]:v.Cells[i][1]], "line %d", i)
	}

	for name, text := range map[string]string{
		"no notebook":  `{"cells": [{"cell_type": "x", "source": ["a\n", "b"]}]}`,
		"one line":     `{"nbformat": 4, "cells": [{"cell_type": "code", "source": "a"}]}`,
		"broken array": `{"nbformat": 4, "cells": [{"cell_type": "code", "source": ["a\n", "b`,
	} {
		assert.Empty(t, viewsOf(text, "notebook"), name)
	}
}

// TestNestedViewContext: a view read inside another (a key's literals
// cut in two in a notebook's cell) has the text before it in the outer
// view as its context, after the outer view's own (corpus 294: "pk = ("
// named the key; the JSON before the cell did not).
func TestNestedViewContext(t *testing.T) {
	nb := `{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "# split so the linter does not flag it\n",
    "pk = (\"27ad68db0cfebdb0d245df8a6e11a3eb\"\n",
    "      \"46ec30c49df7cb2565ac3b315abc52af\")\n",
    "acct = Account.from_key(pk)\n"
   ]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
`
	got := viewsAt(nb, "notebook+joined-literals", 3)
	require.Len(t, got, 1)
	assert.Equal(t, "27ad68db0cfebdb0d245df8a6e11a3eb46ec30c49df7cb2565ac3b315abc52af", string(got[0].Data))
	assert.True(t, strings.HasSuffix(strings.TrimSpace(string(got[0].Context)), "pk ="), "context %q", got[0].Context)
	assert.Contains(t, string(got[0].Context), `"source": [`, "the outer view's context comes first")
}
