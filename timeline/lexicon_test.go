package timeline

import (
	"testing"

	"github.com/chronograph/chronograph/graph"
)

func TestLemmaAndType(t *testing.T) {
	tests := []struct {
		word, lemma, typ string
		ok               bool
	}{
		{"rebuffed", "rebuff", graph.Rejection, true},
		{"absences", "absence", graph.Action, true},
		{"death", "die", graph.Action, true},
		{"decision", "decide", graph.Action, true},
		{"invitation", "invite", graph.Request, true},
		{"bankruptcy", "bankruptcy", graph.Action, true},
		{"deliveries", "deliver", graph.Action, true},
		{"born", "bear", graph.Action, true},
		{"extended", "extend", graph.Action, true},
		{"Rejected", "reject", graph.Rejection, true},
		{"declines", "decline", graph.Rejection, true},
		{"rejection", "reject", graph.Rejection, true},
		{"tariffs", "tariff", graph.Tariff, true},
		{"designated", "designate", graph.Designation, true},
		{"classifying", "classify", graph.Designation, true},
		{"classified", "classify", graph.Designation, true},
		{"met", "meet", graph.Meeting, true},
		{"meeting", "meet", graph.Meeting, true},
		{"extradition", "extradite", graph.Extradition, true},
		{"extradited", "extradite", graph.Extradition, true},
		{"said", "say", graph.Statement, true},
		{"says", "say", graph.Statement, true},
		{"told", "tell", graph.Statement, true},
		{"phoned", "phone", graph.Call, true},
		{"calls", "call", graph.Call, true},
		{"proposal", "propose", graph.Offer, true},
		{"proposing", "propose", graph.Offer, true},
		{"sought", "seek", graph.Request, true},
		{"urges", "urge", graph.Request, true},
		{"banned", "ban", graph.Sanction, true},
		{"sanctions", "sanction", graph.Sanction, true},
		{"deploying", "deploy", graph.Deployment, true},
		{"testified", "testify", graph.Hearing, true},
		{"agreed", "agree", graph.Agreement, true},
		{"threatens", "threaten", graph.Threat, true},
		{"struck", "strike", graph.Attack, true},
		{"launch", "launch", graph.Action, true},
		{"unveiled", "unveil", graph.Action, true},
		{"transferred", "transfer", graph.Extradition, true},
		{"Trump\u2019s", "trump's", "", false},
		{"table", "table", "", false},
		{"", "", "", false},
	}
	for _, tt := range tests {
		if got := Lemma(tt.word); got != tt.lemma {
			t.Errorf("Lemma(%q) = %q, want %q", tt.word, got, tt.lemma)
		}
		typ, ok := TypeOf(tt.word)
		if typ != tt.typ || ok != tt.ok {
			t.Errorf("TypeOf(%q) = %q, %v, want %q, %v", tt.word, typ, ok, tt.typ, tt.ok)
		}
	}
}

func TestInflect(t *testing.T) {
	tests := []struct {
		lemma string
		dbl   bool
		want  [4]string
	}{
		{"reject", false, [4]string{"reject", "rejects", "rejected", "rejecting"}},
		{"designate", false, [4]string{"designate", "designates", "designated", "designating"}},
		{"classify", false, [4]string{"classify", "classifies", "classified", "classifying"}},
		{"ban", true, [4]string{"ban", "bans", "banned", "banning"}},
		{"agree", false, [4]string{"agree", "agrees", "agreed", "agreeing"}},
		{"impose", false, [4]string{"impose", "imposes", "imposed", "imposing"}},
		{"press", false, [4]string{"press", "presses", "pressed", "pressing"}},
		{"deploy", false, [4]string{"deploy", "deploys", "deployed", "deploying"}},
	}
	for _, tt := range tests {
		fs := inflect(tt.lemma, tt.dbl)
		var got [4]string
		for i, f := range fs {
			got[i] = f.word
		}
		if got != tt.want {
			t.Errorf("inflect(%q) = %v, want %v", tt.lemma, got, tt.want)
		}
	}
}

func TestPastTense(t *testing.T) {
	for lemma, want := range map[string]string{"meet": "met", "land": "landed", "classify": "classified",
		"ban": "banned", "defend": "defended", "seek": "sought", "unknownverb": "unknownverbed", "lay off": "laid off", "bankruptcy": "filed for bankruptcy",
		"call off": "called off"} {
		if got := pastTense(lemma); got != want {
			t.Errorf("pastTense(%q) = %q, want %q", lemma, got, want)
		}
	}
}
