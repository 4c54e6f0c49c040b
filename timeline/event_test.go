package timeline

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
	"testing"

	"github.com/chronograph/chronograph/graph"
)

var testEnts = []ent{trump, sheinbaum, mexico, us,
	{"Truth Social", graph.Organization, nil},
	{"Sinaloa Cartel", graph.Organization, nil},
	{"Senate", graph.Organization, nil},
	{"Ronald Johnson", graph.Person, []string{"Johnson"}},
	{"Justin Trudeau", graph.Person, []string{"Trudeau"}},
	{"Rafael Caro Quintero", graph.Person, []string{"Caro Quintero"}},
	{"Wall Street Journal", graph.Organization, nil},
	{"James Hewitt", graph.Person, []string{"Hewitt"}},
	{"New York", graph.Place, nil},
}

// evSummary is what the table tests compare of one event.
type evSummary struct {
	Type, Lemma string
	Parts       string // "agent=Donald Trump target=Claudia Sheinbaum", sorted
	Date        string // Value, "<=latest", ">=earliest", "a..b" or ""
	Timex       int
	Fact        graph.Factuality
}

func summarize(d *graph.Document, e graph.LocalEvent) evSummary {
	var ps []string
	for _, p := range e.Participants {
		ps = append(ps, string(p.Role)+"="+d.Entities[p.Entity].Name)
	}
	sort.Strings(ps)
	date := e.Date.Value
	if !e.Date.Known() {
		switch {
		case e.Date.Earliest != "" && e.Date.Latest != "":
			date = e.Date.Earliest + ".." + e.Date.Latest
		case e.Date.Latest != "":
			date = "<=" + e.Date.Latest
		case e.Date.Earliest != "":
			date = ">=" + e.Date.Earliest
		}
	}
	return evSummary{e.Type, e.Lemma, strings.Join(ps, " "), date, e.Timex, e.Factuality}
}

// eventAt returns the event whose trigger is the first occurrence of word.
func eventAt(t *testing.T, d *graph.Document, evs []graph.LocalEvent, word string) (graph.LocalEvent, bool) {
	t.Helper()
	for _, e := range evs {
		if d.Text[e.Trigger.Start:e.Trigger.End] == word {
			return e, true
		}
	}
	return graph.LocalEvent{}, false
}

func TestEvents(t *testing.T) {
	tests := []struct {
		name, text string
		published  string
		txs        []etx
		blks       []blk
		trigger    string
		want       *evSummary // nil: no event at trigger
	}{
		// triggers, lemmas, types
		{name: "verb call", text: "Trump called Sheinbaum on Monday.", published: "2025-05-03",
			txs: []etx{{text: "Monday", value: "2025-04-28"}}, trigger: "called",
			want: &evSummary{"call", "call", "agent=Donald Trump target=Claudia Sheinbaum", "2025-04-28", 0, ""}},
		{name: "noun phone call", text: "During an April 16 phone call, Trump urged Sheinbaum to act.", published: "2025-05-03",
			txs: []etx{{text: "April 16", value: "2025-04-16"}}, trigger: "call",
			want: &evSummary{"call", "call", "agent=Donald Trump target=Claudia Sheinbaum", "2025-04-16", 0, ""}},
		{name: "fronted phrase dates the verb", text: "In a July 16 press conference, Trump said Mexico must act.", published: "2025-08-09",
			txs: []etx{{text: "July 16", value: "2025-07-16"}}, trigger: "said",
			want: &evSummary{"statement", "say", "agent=Donald Trump other=Mexico", "2025-07-16", 0, ""}},
		{name: "fronted clause keeps its date", text: "After Sheinbaum met Trump on July 16, Trump praised Mexico.", published: "2025-08-09",
			txs: []etx{{text: "July 16", value: "2025-07-16"}}, trigger: "praised",
			want: &evSummary{"statement", "praise", "agent=Donald Trump target=Mexico", "2025-08-09", -1, ""}},
		{name: "a coordinated verb shares the first conjunct's date", text: "Trump called Mexico in 2019 and praised Sheinbaum.",
			published: "2025-05-03", txs: []etx{{text: "2019", value: "2019"}}, trigger: "praised",
			want: &evSummary{"statement", "praise", "agent=Donald Trump target=Claudia Sheinbaum", "2019", 0, ""}},
		{name: "a date of the first conjunct does not date the second", text: "Mexico was designated by Trump in 2019, and Trump praised Mexico in 2021.",
			published: "2025-05-03", txs: []etx{{text: "2019", value: "2019"}, {text: "2021", value: "2021"}}, trigger: "praised",
			want: &evSummary{"statement", "praise", "agent=Donald Trump target=Mexico", "2021", 1, ""}},
		{name: "a fronted participle takes the main clause's subject", text: "While rejecting the offer, at the summit, Sheinbaum praised Mexico.",
			published: "2025-05-03", trigger: "rejecting",
			want: &evSummary{"rejection", "reject", "agent=Claudia Sheinbaum", "2025-05-03", -1, ""}},
		{name: "first as an adverb", text: "When Trump first designated the Sinaloa Cartel, Sheinbaum objected.",
			published: "2025-05-03", trigger: "designated",
			want: &evSummary{"designation", "designate", "agent=Donald Trump target=Sinaloa Cartel", "2025-05-03", -1, ""}},
		{name: "a verb coordinated with a passive has its subject as agent", text: "Mexico was praised by Trump and rejected Sheinbaum.",
			published: "2025-05-03", trigger: "rejected",
			want: &evSummary{"rejection", "reject", "agent=Mexico target=Claudia Sheinbaum", "2025-05-03", -1, ""}},
		{name: "a verb inside a that-clause does not take the reporting verb's subject", text: "Trump admitted that the percentage of calls dropped in Mexico.",
			published: "2025-05-03", trigger: "dropped"},
		{name: "a verb coordinated past a that-clause does", text: "Trump admitted that talks failed, but rejected Sheinbaum.",
			published: "2025-05-03", trigger: "rejected",
			want: &evSummary{"rejection", "reject", "agent=Donald Trump target=Claudia Sheinbaum", "2025-05-03", -1, "reported"}},
		{name: "reduced relative clause", text: "Sheinbaum, born in Mexico on June 24, 1962, praised Mexico.",
			published: "2025-05-03", txs: []etx{{text: "June 24, 1962", value: "1962-06-24"}}, trigger: "born",
			want: &evSummary{"action", "bear", "other=Mexico target=Claudia Sheinbaum", "1962-06-24", 0, ""}},
		{name: "before as an adverb", text: "Mexico has twice before sued Trump over tariffs.",
			published: "2025-05-03", trigger: "sued",
			want: &evSummary{"action", "sue", "agent=Mexico target=Donald Trump", "<=2025-05-03", -1, ""}},
		{name: "a reporting verb is not dated by what it reports", text: "The tariff, Trump said, would start next year.",
			published: "2025-05-03", txs: []etx{{text: "next year", value: "2026"}}, trigger: "said",
			want: &evSummary{"statement", "say", "agent=Donald Trump", "2025-05-03", -1, ""}},
		{name: "but by its own time expression", text: "Trump said on Monday that Mexico would act next year.",
			published: "2025-05-03", txs: []etx{{text: "Monday", value: "2025-04-28"}, {text: "next year", value: "2026"}}, trigger: "said",
			want: &evSummary{"statement", "say", "agent=Donald Trump", "2025-04-28", 0, ""}},
		{name: "a clause reported without that", text: "Trump said Mexico's exports rose in the third quarter.",
			published: "2025-10-20", txs: []etx{{text: "the third quarter", value: "2025-Q3"}}, trigger: "said",
			want: &evSummary{"statement", "say", "agent=Donald Trump other=Mexico", "2025-10-20", -1, ""}},
		{name: "a year opening it is what was said", text: "Trump said 2025 exports to Mexico will be lower.",
			published: "2025-10-20", txs: []etx{{text: "2025", value: "2025"}}, trigger: "said",
			want: &evSummary{"statement", "say", "agent=Donald Trump target=Mexico", "2025-10-20", -1, ""}},
		{name: "a day after the verb dates the saying", text: "Trump said Tuesday Mexico would act.",
			published: "2025-10-20", txs: []etx{{text: "Tuesday", value: "2025-10-14"}}, trigger: "said",
			want: &evSummary{"statement", "say", "agent=Donald Trump other=Mexico", "2025-10-14", 0, ""}},
		{name: "a date before a closing said", text: "The shares stood at 1.15 mln dlrs on October 16, Trump said.",
			published: "2025-10-20", txs: []etx{{text: "October 16", value: "2025-10-16"}}, trigger: "said",
			want: &evSummary{"statement", "say", "agent=Donald Trump", "2025-10-20", -1, ""}},
		{name: "a date before a closing said with a common-noun subject", text: "Exports to Mexico doubled since 2019, a Trump aide said.",
			published: "2025-10-20", txs: []etx{{text: "2019", value: "2019"}}, trigger: "said",
			want: &evSummary{"statement", "say", "agent=Donald Trump", "2025-10-20", -1, ""}},
		{name: "it after a reporting verb is the organization that reports", text: "The Wall Street Journal said it raised its price.",
			published: "2025-10-20", trigger: "raised",
			want: &evSummary{"action", "raise", "agent=Wall Street Journal", "2025-10-20", -1, ""}},
		{name: "it with two organizations before is nobody", text: "The Senate questioned the Sinaloa Cartel. It raised its price.",
			published: "2025-10-20", trigger: "obtained"},
		{name: "an index's base year dates nothing", text: "Mexico's production index, base 1981, rose 14 pct in March.",
			published: "1987-04-21", txs: []etx{{text: "1981", value: "1981"}, {text: "March", value: "1987-03"}}, trigger: "rose",
			want: &evSummary{"action", "rise", "agent=Mexico", "1987-03", 1, ""}},
		{name: "a year in a law's name dates nothing", text: "Mexico sued Canada under the 1933 Glass-Steagall Act.",
			published: "1987-04-21", txs: []etx{{text: "1933", value: "1933"}}, trigger: "sued",
			want: &evSummary{"action", "sue", "agent=Mexico", "1987-04-21", -1, ""}},
		{name: "a year after a law's name dates nothing", text: "Mexico sued Canada under the Securities Act of 1933.",
			published: "1987-04-21", txs: []etx{{text: "1933", value: "1933"}}, trigger: "sued",
			want: &evSummary{"action", "sue", "agent=Mexico", "1987-04-21", -1, ""}},
		// a name alone in apposition to a description is the subject
		{name: "a name in apposition to a description says", text: "The paper's owner, the Wall Street Journal, said prices rose.",
			published: "2025-05-03", trigger: "said",
			want: &evSummary{"statement", "say", "agent=Wall Street Journal", "2025-05-03", -1, ""}},
		{name: "a name in apposition to a possessive description acts", text: "Mexico said its president, Claudia Sheinbaum, resigned as president.",
			published: "2025-05-03", trigger: "resigned",
			want: &evSummary{"action", "resign", "agent=Claudia Sheinbaum", "2025-05-03", -1, ""}},
		{name: "a description with an acronym in brackets", text: "The owner of the Wall Street Journal (WSJ), James Hewitt, signed the deal.",
			published: "2025-05-03", trigger: "deal",
			want: &evSummary{"agreement", "agree", "agent=James Hewitt", "2025-05-03", -1, ""}},
		{name: "a title before the name in apposition", text: "The official, Assistant Defense Secretary Ronald Johnson, told the Senate prices rose.",
			published: "2025-05-03", trigger: "told",
			want: &evSummary{"hearing", "tell", "agent=Ronald Johnson target=Senate", "2025-05-03", -1, ""}},
		{name: "a name then its description keeps the name", text: "Ronald Johnson, an investor from Mexico, said prices rose.",
			published: "2025-05-03", trigger: "said",
			want: &evSummary{"statement", "say", "agent=Ronald Johnson", "2025-05-03", -1, ""}},
		{name: "a city and its state are where the name is", text: "Ronald Johnson, an investor from New York, Mexico, said prices rose.",
			published: "2025-05-03", trigger: "said",
			want: &evSummary{"statement", "say", "agent=Ronald Johnson", "2025-05-03", -1, ""}},
		{name: "a reduced relative after an apposition", text: "Its founder, James Hewitt, born in 1955, said prices rose.",
			published: "2025-05-03", txs: []etx{{text: "1955", value: "1955"}}, trigger: "born",
			want: &evSummary{"action", "bear", "target=James Hewitt", "1955", 0, ""}},
		{name: "a debt's maturity dates nothing", text: "Mexico is issuing a 50 mln dlr bond due April 7, 1997, its bankers said.",
			published: "1987-03-03", txs: []etx{{text: "April 7, 1997", value: "1997-04-07"}}, trigger: "issuing",
			want: &evSummary{"action", "issue", "agent=Mexico", "1987-03-03", -1, ""}},
		{name: "a report due on a day is dated by it", text: "Mexico will publish a report due on Friday.",
			published: "1987-03-03", txs: []etx{{text: "Friday", value: "1987-03-06"}}, trigger: "publish",
			want: &evSummary{"report", "publish", "agent=Mexico", "1987-03-06", 0, "planned"}},
		{name: "a shipment period does not date the sale", text: "Mexico sold 18,000 tonnes of barley for shipment in May.",
			published: "1987-04-07", txs: []etx{{text: "May", value: "1987-05"}}, trigger: "sold",
			want: &evSummary{"action", "sell", "agent=Mexico", "1987-04-07", -1, ""}},
		{name: "a shipment range does not date the sale", text: "Mexico sold one cargo of sugar for shipment April 15/May 15.",
			published: "1987-04-07", txs: []etx{{text: "April 15", value: "1987-04-15"}, {text: "May 15", value: "1987-05-15"}},
			trigger: "sold", want: &evSummary{"action", "sell", "agent=Mexico", "1987-04-07", -1, ""}},
		{name: "an accounting period's end dates nothing", text: "For the year ended December 31, 1986, Mexico reported a net loss.",
			published: "1987-03-03", txs: []etx{{text: "December 31, 1986", value: "1986-12-31"}}, trigger: "reported",
			want: &evSummary{"report", "report", "agent=Mexico", "1987-03-03", -1, ""}},
		{name: "what happened in an accounting period keeps its end", text: "Mexico lost 1.9 mln dlrs in its first quarter ended January 31.",
			published: "1987-03-03", txs: []etx{{text: "January 31", value: "1987-01-31"}}, trigger: "lost",
			want: &evSummary{"action", "lose", "agent=Mexico", "1987-01-31", 0, ""}},
		// comparisons: the standard's time dates the standard, not the event
		{name: "a year-ago figure dates nothing", text: "Mexico's car production fell to 2,978 units from 3,808 a year ago.",
			published: "1987-03-03", txs: []etx{{text: "a year ago", value: "1986"}}, trigger: "fell",
			want: &evSummary{"action", "fall", "agent=Mexico", "1987-03-03", -1, ""}},
		{name: "a comparison directly after from", text: "Mexico's exports fell 9.5 pct from a year earlier to 161,266 vehicles in May.",
			published: "1987-06-18", txs: []etx{{text: "a year earlier", value: "1986"}, {text: "May", value: "1987-05"}}, trigger: "fell",
			want: &evSummary{"action", "fall", "agent=Mexico", "1987-05", 1, ""}},
		{name: "a comparison across a figure with commas", text: "Mexico reported net income of 3.4 mln dlrs, up from a loss of 1.1 mln dlrs, or 19 cts a share, in 1985.",
			published: "1987-03-11", txs: []etx{{text: "1985", value: "1985"}}, trigger: "reported",
			want: &evSummary{"report", "report", "agent=Mexico", "1987-03-11", -1, ""}},
		{name: "compared with the same period", text: "Mexico sold 18,094 cars compared with 22,073 in the same period last year.",
			published: "1987-03-04", txs: []etx{{text: "last year", value: "1986"}}, trigger: "sold",
			want: &evSummary{"action", "sell", "agent=Mexico", "1987-03-04", -1, ""}},
		{name: "a year-ago noun dates nothing", text: "Mexico's volume fell 14 pct from the year-ago month.",
			published: "1987-03-02", txs: []etx{{text: "year-ago", value: "1986"}}, trigger: "fell",
			want: &evSummary{"action", "fall", "agent=Mexico", "1987-03-02", -1, ""}},
		{name: "from last January is a start, not a comparison", text: "Mexico suspended payments to foreign banks from last January.",
			published: "1987-03-13", txs: []etx{{text: "last January", value: "1987-01"}}, trigger: "suspended",
			want: &evSummary{"action", "suspend", "agent=Mexico", "1987-01", 0, ""}},
		{name: "over the last week is a time, not a comparison", text: "Mexico's prices fell sharply over the last week.",
			published: "1987-03-05", txs: []etx{{text: "the last week", value: "1987-02-23"}}, trigger: "fell",
			want: &evSummary{"action", "fall", "agent=Mexico", "1987-02-23", 0, ""}},
		{name: "over a number is a quantity", text: "Mexico raised over 5 mln dlrs in 1986.",
			published: "1987-03-05", txs: []etx{{text: "1986", value: "1986"}}, trigger: "raised",
			want: &evSummary{"action", "raise", "agent=Mexico", "1986", 0, ""}},
		{name: "more than is a quantity", text: "Mexico sold more than 20,000 tonnes last year.",
			published: "1987-03-05", txs: []etx{{text: "last year", value: "1986"}}, trigger: "sold",
			want: &evSummary{"action", "sell", "agent=Mexico", "1986", 0, ""}},
		{name: "from a name is no comparison", text: "Mexico bought 5,000 tonnes from the Sinaloa Cartel last year.",
			published: "1987-03-05", txs: []etx{{text: "last year", value: "1986"}}, trigger: "bought",
			want: &evSummary{"action", "buy", "agent=Mexico other=Sinaloa Cartel", "1986", 0, ""}},
		{name: "from the same day is a start", text: "Mexico will sell the coins from the same day.",
			published: "1987-03-05", txs: []etx{{text: "the same day", value: "1987-03-23"}}, trigger: "sell",
			want: &evSummary{"action", "sell", "agent=Mexico", "1987-03-23", 0, "planned"}},
		{name: "a results year does not date the report", text: "Earlier today Mexico reported a 1986 net loss of 85 cts a share.",
			published: "1987-03-11", txs: []etx{{text: "Earlier today", value: "1987-03-11"}, {text: "1986", value: "1986"}}, trigger: "reported",
			want: &evSummary{"report", "report", "agent=Mexico", "1987-03-11", 0, ""}},
		{name: "a results quarter does not date the report", text: "Mexico reported fourth quarter fiscal 1986 earnings of 24 cts.",
			published: "1987-03-16", txs: []etx{{text: "fourth quarter", value: "1986-Q4"}, {text: "fiscal 1986", value: "1986"}}, trigger: "reported",
			want: &evSummary{"report", "report", "agent=Mexico", "1987-03-16", -1, ""}},
		{name: "a payment date does not date the dividend", text: "Mexico declared a dividend of 10 cts a share, payable April 13 to holders of record March 13.",
			published: "1987-03-03", txs: []etx{{text: "April 13", value: "1987-04-13"}, {text: "March 13", value: "1987-03-13"}}, trigger: "declared",
			want: &evSummary{"statement", "declare", "agent=Mexico", "1987-03-03", -1, ""}},
		{name: "a record date after on dates nothing", text: "Mexico declared a dividend to shareholders of record on March 16.",
			published: "1987-03-12", txs: []etx{{text: "March 16", value: "1987-03-16"}}, trigger: "declared",
			want: &evSummary{"statement", "declare", "agent=Mexico", "1987-03-12", -1, ""}},
		{name: "maturing between two dates dates nothing", text: "Mexico cut the coupons of six issues maturing between September 1988 and September 1991.",
			published: "1987-03-01", txs: []etx{{text: "September 1988", value: "1988-09"}, {text: "September 1991", value: "1991-09"}}, trigger: "cut",
			want: &evSummary{"action", "cut", "agent=Mexico", "1987-03-01", -1, ""}},
		{name: "a maturity after on dates nothing", text: "Mexico is issuing a 10 billion yen eurobond maturing on March 25, 1992.",
			published: "1987-03-02", txs: []etx{{text: "March 25, 1992", value: "1992-03-25"}}, trigger: "issuing",
			want: &evSummary{"action", "issue", "agent=Mexico", "1987-03-02", -1, ""}},
		{name: "notes of a year are a maturity", text: "Mexico has called for redemption its 11.20 pct notes of 1997.",
			published: "1987-03-16", txs: []etx{{text: "1997", value: "1997"}}, trigger: "called",
			want: &evSummary{"request", "call for", "agent=Mexico", "<=1987-03-16", -1, ""}},
		{name: "a year naming a maturity dates nothing", text: "Mexico will buy 100 mln dlrs of the new issue, including 10 mln dlrs of the 2011 maturity.",
			published: "1987-03-02", txs: []etx{{text: "2011", value: "2011"}}, trigger: "buy",
			want: &evSummary{"action", "buy", "agent=Mexico", ">=1987-03-02", -1, "planned"}},
		{name: "a month naming a stock dates nothing", text: "Mexico sold 1.8 billion francs of 8.50 pct December 2012 tap stock.",
			published: "1987-03-05", txs: []etx{{text: "December 2012", value: "2012-12"}}, trigger: "sold",
			want: &evSummary{"action", "sell", "agent=Mexico", "1987-03-05", -1, ""}},
		{name: "a day before stock dates the event", text: "Mexico said Tuesday stock prices fell.",
			published: "1987-03-05", txs: []etx{{text: "Tuesday", value: "1987-03-03"}}, trigger: "said",
			want: &evSummary{"statement", "say", "agent=Mexico", "1987-03-03", 0, ""}},
		{name: "a shipment month before its noun", text: "Mexico bought 5,000 tonnes of rapeseed for March 15/April 15 shipment.",
			published: "1987-03-03", txs: []etx{{text: "March 15", value: "1987-03-15"}, {text: "April 15", value: "1987-04-15"}}, trigger: "bought",
			want: &evSummary{"action", "buy", "agent=Mexico", "1987-03-03", -1, ""}},
		{name: "an extension's deadline does not date it", text: "Mexico is extending to April 17 from March 13 its offer to buy the shares.",
			published: "1987-03-18", txs: []etx{{text: "April 17", value: "1987-04-17"}, {text: "March 13", value: "1987-03-13"}}, trigger: "extending",
			want: &evSummary{"action", "extend", "agent=Mexico", "1987-03-18", -1, ""}},
		{name: "an extension taking effect from a day is dated by it", text: "Mexico will extend its trading hours from May 1.",
			published: "1987-03-17", txs: []etx{{text: "May 1", value: "1987-05-01"}}, trigger: "extend",
			want: &evSummary{"action", "extend", "agent=Mexico", "1987-05-01", 0, "planned"}},
		{name: "a day after the article's is planned", text: "Mexico's committee meets tomorrow to discuss the proposal.",
			published: "1987-03-09", txs: []etx{{text: "tomorrow", value: "1987-03-10"}}, trigger: "meets",
			want: &evSummary{"meeting", "meet", "agent=Mexico", "1987-03-10", 0, "planned"}},
		{name: "urge is a request", text: "During an April 16 phone call, Trump urged Sheinbaum to act.", published: "2025-05-03",
			txs: []etx{{text: "April 16", value: "2025-04-16"}}, trigger: "urged",
			want: &evSummary{"request", "urge", "agent=Donald Trump target=Claudia Sheinbaum", "2025-04-16", 0, ""}},
		{name: "light verb tariff", text: "On May 2, Trump imposed a 25% tariff on Mexico.", published: "2025-05-03",
			txs: []etx{{text: "May 2", value: "2025-05-02"}}, trigger: "tariff",
			want: &evSummary{"tariff", "tariff", "agent=Donald Trump target=Mexico", "2025-05-02", 0, ""}},
		{name: "light verb order", text: "On May 2, Trump issued an order to stop arms.", published: "2025-05-03",
			txs: []etx{{text: "May 2", value: "2025-05-02"}}, trigger: "order",
			want: &evSummary{"order", "order", "agent=Donald Trump", "2025-05-02", 0, ""}},
		{name: "an order's purpose is planned", text: "On May 2, Trump issued an order to implement new measures.", published: "2025-05-03",
			txs: []etx{{text: "May 2", value: "2025-05-02"}}, trigger: "implement",
			want: &evSummary{"action", "implement", "agent=Donald Trump", ">=2025-05-02", 0, "planned"}},
		{name: "other action keeps lemma", text: "Trump unveiled a plan for Mexico.", published: "2025-05-03", trigger: "unveiled",
			want: &evSummary{"action", "unveil", "agent=Donald Trump other=Mexico", "2025-05-03", -1, ""}},
		{name: "classify is designation", text: "In February, the U.S. classified the Sinaloa Cartel as a terrorist group.",
			published: "2025-05-03", txs: []etx{{text: "February", value: "2025-02"}}, trigger: "classified",
			want: &evSummary{"designation", "classify", "agent=United States target=Sinaloa Cartel", "2025-02", 0, ""}},
		{name: "no participant no event", text: "The talks failed and tensions escalated.", published: "2025-05-03", trigger: "talks"},
		{name: "verb after article is no trigger", text: "The state of Mexico voted.", published: "2025-05-03", trigger: "state"},

		// narrative reference time
		{name: "past tense follows yesterday", text: "Yesterday, Trump called Sheinbaum. Trump praised Mexico.", published: "2025-05-03",
			txs: []etx{{text: "Yesterday", value: "2025-05-02"}}, trigger: "praised",
			want: &evSummary{"statement", "praise", "agent=Donald Trump target=Mexico", "2025-05-02", -1, ""}},
		{name: "present tense keeps the document date", text: "Yesterday, Trump called Sheinbaum. Trump praises Mexico.", published: "2025-05-03",
			txs: []etx{{text: "Yesterday", value: "2025-05-02"}}, trigger: "praises",
			want: &evSummary{"statement", "praise", "agent=Donald Trump target=Mexico", "2025-05-03", -1, ""}},
		{name: "a day weeks back is no reference time", text: "On April 1, Trump called Sheinbaum. Trump praised Mexico.", published: "2025-05-03",
			txs: []etx{{text: "April 1", value: "2025-04-01"}}, trigger: "praised",
			want: &evSummary{"statement", "praise", "agent=Donald Trump target=Mexico", "2025-05-03", -1, ""}},
		{name: "an event noun is no reference time", text: "Sheinbaum cited a report from May 2. Trump praised Mexico.", published: "2025-05-03",
			txs: []etx{{text: "May 2", value: "2025-05-02"}}, trigger: "praised",
			want: &evSummary{"statement", "praise", "agent=Donald Trump target=Mexico", "2025-05-03", -1, ""}},
		{name: "today brings the reference time back", text: "Yesterday, Trump called Sheinbaum. Today Trump met Sheinbaum. Trump praised Mexico.",
			published: "2025-05-03", txs: []etx{{text: "Yesterday", value: "2025-05-02"}, {text: "Today", value: "2025-05-03"}}, trigger: "praised",
			want: &evSummary{"statement", "praise", "agent=Donald Trump target=Mexico", "2025-05-03", -1, ""}},

		// roles
		{name: "passive by", text: "The Sinaloa Cartel was designated by the United States.", published: "2025-05-03",
			trigger: "designated",
			want:    &evSummary{"designation", "designate", "agent=United States target=Sinaloa Cartel", "2025-05-03", -1, ""}},
		{name: "a sense of duty is no tariff", text: "Trump said Mexico acted out of a sense of duty.", published: "2025-05-03",
			trigger: "duty"},
		{name: "duties of a job are no tariff", text: "Sheinbaum took up her duties in Mexico.", published: "2025-05-03",
			trigger: "duties"},
		{name: "a subject that names no entity gives no agent (and no event)",
			text: "Trump said Mexico was ineligible and the association was seeking a substitute.", published: "2025-05-03",
			trigger: "seeking"},
		{name: "nor does a phrase ending a subject's name", text: "The Wall Street Journal of the group reported it.",
			published: "2025-05-03", trigger: "reported",
			want: &evSummary{"report", "report", "agent=Wall Street Journal", "2025-05-03", -1, ""}},
		{name: "but the passive's agent is looked for", text: "Earlier, Trump imposed a 25% tariff on Mexico, though the tariffs were paused.",
			published: "2025-05-03", trigger: "paused",
			want: &evSummary{"action", "pause", "agent=Donald Trump", "<=2025-05-03", -1, ""}},
		{name: "a subordinate clause's subject is not the main verb's object",
			text:      "Trump met Sheinbaum after United States forces destroyed a platform in New York and raided another.",
			published: "2025-05-03", trigger: "met",
			want: &evSummary{"meeting", "meet", "agent=Donald Trump target=Claudia Sheinbaum", "2025-05-03", -1, ""}},
		{name: "a verb coordinated after a subordinate clause shares its subject",
			text:      "Trump met Sheinbaum after United States forces destroyed a platform in New York and raided another.",
			published: "2025-05-03", trigger: "raided",
			want: &evSummary{"attack", "raid", "agent=United States", "2025-05-03", -1, ""}},
		{name: "after as a preposition opens no clause", text: "Trump met Sheinbaum after the summit and praised Mexico.",
			published: "2025-05-03", trigger: "praised",
			want: &evSummary{"statement", "praise", "agent=Donald Trump target=Mexico", "2025-05-03", -1, ""}},
		{name: "meeting a need is no meeting", text: "Mexico said it was able to meet the financial needs of its customers.",
			published: "2025-05-03", trigger: "meet"},
		{name: "meeting a person is", text: "Mexico said Sheinbaum would meet Trump.", published: "2025-05-03", trigger: "meet",
			want: &evSummary{"meeting", "meet", "agent=Claudia Sheinbaum target=Donald Trump", ">=2025-05-03", -1, graph.Planned}},
		{name: "an event noun qualifying another noun is no event", text: "Trump's election campaign coordinator praised Mexico.",
			published: "2025-05-03", trigger: "election"},
		{name: "heavy duty trucks are no tariff", text: "Mexico lost market share in heavy duty trucks.", published: "2025-05-03",
			trigger: "duty"},
		{name: "a country's duties against exports are", text: "Mexico protested against U.S. duties against its exports.",
			published: "2025-05-03", trigger: "duties",
			want: &evSummary{"tariff", "tariff", "agent=United States", "2025-05-03", -1, ""}},
		{name: "import duties are", text: "Trump imposed import duties on Mexico.", published: "2025-05-03",
			trigger: "duties",
			want:    &evSummary{"tariff", "tariff", "agent=Donald Trump target=Mexico", "2025-05-03", -1, ""}},
		{name: "reduced passive light verb", text: "Mexico disputes tariffs imposed by Trump.", published: "2025-05-03",
			trigger: "tariffs",
			want:    &evSummary{"tariff", "tariff", "agent=Donald Trump", "2025-05-03", -1, ""}},
		{name: "possessive noun", text: "Sheinbaum rejected Trump's offer.", published: "2025-05-03", trigger: "offer",
			want: &evSummary{"offer", "offer", "agent=Donald Trump", "2025-05-03", -1, ""}},
		{name: "rejection of a possessed offer", text: "Sheinbaum rejected Trump's offer.", published: "2025-05-03",
			trigger: "rejected",
			want:    &evSummary{"rejection", "reject", "agent=Claudia Sheinbaum target=Donald Trump", "2025-05-03", -1, ""}},
		{name: "coordinated subjects", text: "Trump and Sheinbaum discussed security.", published: "2025-05-03",
			trigger: "discussed",
			want:    &evSummary{"meeting", "discuss", "agent=Claudia Sheinbaum agent=Donald Trump", "2025-05-03", -1, ""}},
		{name: "title and apposition", text: "Ronald Johnson, Trump's nominee for ambassador to Mexico, told the Senate he would act.",
			published: "2025-03-14", trigger: "told",
			want: &evSummary{"hearing", "tell", "agent=Ronald Johnson target=Senate", "2025-03-14", -1, ""}},
		{name: "modifier before name", text: "Sheinbaum rejected a proposal from U.S. President Donald Trump.",
			published: "2025-05-03", trigger: "proposal",
			want: &evSummary{"offer", "propose", "agent=Donald Trump other=United States", "2025-05-03", -1, ""}},
		{name: "pronoun subject", text: "Trump urged Sheinbaum to act, but she firmly declined.", published: "2025-05-03",
			trigger: "declined",
			want:    &evSummary{"rejection", "decline", "agent=Claudia Sheinbaum", "2025-05-03", -1, ""}},
		{name: "object control", text: "Trump urged Sheinbaum to accept U.S. help.", published: "2025-05-03",
			trigger: "accept",
			want:    &evSummary{"action", "accept", "agent=Claudia Sheinbaum target=United States", ">=2025-05-03", -1, graph.Planned}},
		{name: "noun with", text: "Sheinbaum recounted a phone conversation with Trump.", published: "2025-05-03",
			trigger: "conversation",
			want:    &evSummary{"call", "call", "agent=Claudia Sheinbaum target=Donald Trump", "2025-05-03", -1, ""}},

		// dates
		{name: "earlier is before the document", text: "Earlier, Trump imposed a 25% tariff on Mexico.", published: "2025-05-03",
			trigger: "tariff",
			want:    &evSummary{"tariff", "tariff", "agent=Donald Trump target=Mexico", "<=2025-05-03", -1, ""}},
		{name: "present perfect", text: "Trump has designated the Sinaloa Cartel as a terrorist group.", published: "2025-05-03",
			trigger: "designated",
			want:    &evSummary{"designation", "designate", "agent=Donald Trump target=Sinaloa Cartel", "<=2025-05-03", -1, ""}},
		{name: "since gives bounds", text: "Sheinbaum has fought the Sinaloa Cartel since 2006.", published: "2025-05-03",
			txs: []etx{{text: "2006", value: "2006"}}, trigger: "fought",
			want: &evSummary{"action", "fight", "agent=Claudia Sheinbaum target=Sinaloa Cartel", "2006-01-01..2025-05-03", 0, ""}},
		{name: "reported takes the statement date", text: "Sheinbaum disclosed on May 3, 2025, that she rejected a proposal from Trump.",
			txs: []etx{{text: "May 3, 2025", value: "2025-05-03"}}, trigger: "rejected",
			want: &evSummary{"rejection", "reject", "agent=Claudia Sheinbaum target=Donald Trump", "2025-05-03", 0, graph.Claimed}},
		{name: "unknown document date", text: "Trump called Sheinbaum.", trigger: "called",
			want: &evSummary{"call", "call", "agent=Donald Trump target=Claudia Sheinbaum", "", -1, ""}},
		{name: "block date", text: "Quoted post: Caro Quintero has landed in New York now. Posted Feb 27, 2025",
			published: "2025-05-03", txs: []etx{{text: "now", value: "PRESENT_REF"}},
			blks:    []blk{{from: "Caro Quintero", to: "2025", date: "2025-02-27"}},
			trigger: "landed",
			want:    &evSummary{"action", "land", "agent=Rafael Caro Quintero other=New York", "2025-02-27", 0, ""}},
		{name: "a criminal's arrival is an extradition", text: "Cartel leader Caro Quintero has landed in New York.",
			published: "2025-02-27", trigger: "landed",
			want: &evSummary{"extradition", "land", "other=New York target=Rafael Caro Quintero", "<=2025-02-27", -1, ""}},
		{name: "the timex dates the nearer event", text: "Sheinbaum said on May 3 that Trump had made many demands of Mexico over the years and rejected the offer.",
			published: "2025-05-04", txs: []etx{{text: "May 3", value: "2025-05-03"}}, trigger: "said",
			want: &evSummary{"statement", "say", "agent=Claudia Sheinbaum", "2025-05-03", 0, ""}},

		{name: "a period after for is a thing's, not the event's", text: "Trump told Sheinbaum he had hit his growth target for 2024.",
			published: "2025-05-03", txs: []etx{{text: "2024", value: "2024"}}, trigger: "told",
			want: &evSummary{"statement", "tell", "agent=Donald Trump target=Claudia Sheinbaum", "2025-05-03", -1, ""}},
		{name: "both periods of a pair after for", text: "Trump will sanction Mexico for 2026 and 2027 cartel killings.",
			published: "2025-05-03", txs: []etx{{text: "2026", value: "2026"}, {text: "2027", value: "2027"}}, trigger: "sanction",
			want: &evSummary{"sanction", "sanction", "agent=Donald Trump target=Mexico", ">=2025-05-03", -1, graph.Planned}},
		{name: "a time after for dates the noun before it", text: "Trump called a meeting for April 21.",
			published: "2025-04-01", txs: []etx{{text: "April 21", value: "2025-04-21"}}, trigger: "meeting",
			want: &evSummary{"meeting", "meet", "agent=Donald Trump", "2025-04-21", 0, graph.Planned}},
		{name: "a time after a word of scheduling and for dates the event", text: "Trump will meet Sheinbaum, as scheduled for April 21.",
			published: "2025-04-01", txs: []etx{{text: "April 21", value: "2025-04-21"}}, trigger: "meet",
			want: &evSummary{"meeting", "meet", "agent=Donald Trump target=Claudia Sheinbaum", "2025-04-21", 0, graph.Planned}},
		{name: "a change over a period is dated by it", text: "Mexico's exports rose 5 pct for February.",
			published: "2025-03-10", txs: []etx{{text: "February", value: "2025-02"}}, trigger: "rose",
			want: &evSummary{"action", "rise", "agent=Mexico", "2025-02", 0, ""}},

		{name: "an amount with its unit is compared", text: "Mexico's revenue rose to 10bn euros from 9.26bn euros in 2003.",
			published: "2005-03-01", txs: []etx{{text: "2003", value: "2003"}}, trigger: "rose",
			want: &evSummary{"action", "rise", "agent=Mexico", "2005-03-01", -1, ""}},
		{name: "an amount in a currency is compared", text: "Mexico's losses rose to £51.6m from $1.2m in 2003.",
			published: "2005-03-01", txs: []etx{{text: "2003", value: "2003"}}, trigger: "rose",
			want: &evSummary{"action", "rise", "agent=Mexico", "2005-03-01", -1, ""}},

		{name: "over an amount in a currency is no comparison", text: "Mexico bought the firm for just over $1bn in 2003.",
			published: "2005-03-01", txs: []etx{{text: "2003", value: "2003"}}, trigger: "bought",
			want: &evSummary{"action", "buy", "agent=Mexico", "2003", 0, ""}},

		{name: "a fronted phrase dates the verb after a relative clause", text: "In July, Mexico, which is listed in New York, reported a loss.",
			published: "2005-03-01", txs: []etx{{text: "July", value: "2004-07"}}, trigger: "reported",
			want: &evSummary{"report", "report", "agent=Mexico", "2004-07", 0, ""}},

		{name: "a fronted phrase does not date a closing report", text: "In November, Mexico's orders rose 0.6 pct, but in December they fell 0.6 pct, Trump said.",
			published: "2005-01-10", txs: []etx{{text: "November", value: "2004-11"}, {text: "December", value: "2004-12"}}, trigger: "said",
			want: &evSummary{"statement", "say", "agent=Donald Trump", "2005-01-10", -1, ""}},

		{name: "a participle after a comma shares its clause's day", text: "Sheinbaum reached a deal with Trump on Monday, March 3, agreeing to send troops to the border.",
			published: "2025-03-09", txs: []etx{{text: "Monday, March 3", value: "2025-03-03"}}, trigger: "agreeing",
			want: &evSummary{"agreement", "agree", "agent=Claudia Sheinbaum", "2025-03-03", 0, ""}},
		{name: "what was agreed on a day is planned after it", text: "Sheinbaum reached a deal with Trump on Monday, March 3, agreeing to send troops to the border.",
			published: "2025-03-09", txs: []etx{{text: "Monday, March 3", value: "2025-03-03"}}, trigger: "send",
			want: &evSummary{"deployment", "send", "agent=Claudia Sheinbaum", ">=2025-03-03", 0, graph.Planned}},
		{name: "a day after an order's participle dates the order", text: "Trump signed an executive order imposing tariffs on Mexico in late January.",
			published: "2025-03-09", txs: []etx{{text: "late January", value: "2025-01"}}, trigger: "order",
			want: &evSummary{"order", "order", "agent=Donald Trump", "2025-01", 0, ""}},
		{name: "would after a past statement is its future", text: "Trudeau said Mexico would extradite Caro Quintero.",
			published: "2025-03-09", trigger: "extradite",
			want: &evSummary{"extradition", "extradite", "agent=Mexico target=Rafael Caro Quintero", ">=2025-03-09", -1, graph.Planned}},
		{name: "would in a condition stays possible", text: "Trudeau said Mexico would extradite Caro Quintero if Trump asked.",
			published: "2025-03-09", trigger: "extradite",
			want: &evSummary{"extradition", "extradite", "agent=Mexico target=Rafael Caro Quintero", "", -1, graph.Possible}},

		{name: "a day after the medium of a saying dates the saying", text: "Hewitt praised Mexico in a statement on Thursday.",
			published: "2025-08-15", txs: []etx{{text: "Thursday", value: "2025-08-14"}}, trigger: "praised",
			want: &evSummary{"statement", "praise", "agent=James Hewitt target=Mexico", "2025-08-14", 0, ""}},
		{name: "the medium of a saying is no event of its own", text: "Hewitt praised Mexico in a statement on Thursday.",
			published: "2025-08-15", txs: []etx{{text: "Thursday", value: "2025-08-14"}}, trigger: "statement",
			want: nil},
		{name: "a day before a comma does not date the report after it", text: "Mexico extradited Caro Quintero on Tuesday, according to a report by the Wall Street Journal.",
			published: "2025-08-15", txs: []etx{{text: "Tuesday", value: "2025-08-12"}}, trigger: "extradited",
			want: &evSummary{"extradition", "extradite", "agent=Mexico target=Rafael Caro Quintero", "2025-08-12", 0, ""}},
		{name: "the report after the comma is the article's", text: "Mexico extradited Caro Quintero on Tuesday, according to a report by the Wall Street Journal.",
			published: "2025-08-15", txs: []etx{{text: "Tuesday", value: "2025-08-12"}}, trigger: "report",
			want: &evSummary{"report", "report", "agent=Wall Street Journal", "2025-08-15", -1, graph.Claimed}},

		{name: "the narrative does not move back with a flashback", text: "Trump called Sheinbaum on Thursday. Mexico rejected the tariffs last Friday. Hewitt said Mexico was wrong.",
			published: "2025-03-14", txs: []etx{{text: "Thursday", value: "2025-03-13"}, {text: "last Friday", value: "2025-03-07"}}, trigger: "said",
			want: &evSummary{"statement", "say", "agent=James Hewitt other=Mexico", "2025-03-13", -1, ""}},
		{name: "a verb and its event noun far apart are one event", text: "Mexico signed a 12-1/2 year rescheduling accord in February, 1986.",
			published: "1987-03-03", txs: []etx{{text: "February, 1986", value: "1986-02"}}, trigger: "signed",
			want: nil},

		{name: "a duration after a dated verb puts the after-clause before it", text: "Hewitt told the committee on Thursday that tariffs would stay, a week after Trump sanctioned Mexico.",
			published: "2025-03-14", txs: []etx{{text: "Thursday", value: "2025-03-13"}, {text: "a week", value: "P1W"}}, trigger: "sanctioned",
			want: &evSummary{"sanction", "sanction", "agent=Donald Trump target=Mexico", "2025-03-06", -1, graph.Claimed}},
		{name: "an after-clause without a duration is before the main verb", text: "Mexico extradited Caro Quintero on Thursday after Trump called Sheinbaum.",
			published: "2025-03-14", txs: []etx{{text: "Thursday", value: "2025-03-13"}}, trigger: "called",
			want: &evSummary{"call", "call", "agent=Donald Trump target=Claudia Sheinbaum", "<=2025-03-13", -1, ""}},

		{name: "a clause after a time and when is that time", text: "Mexico has fought the Sinaloa Cartel since 2006, when Trump deployed troops to Mexico.",
			published: "2025-05-05", txs: []etx{{text: "2006", value: "2006"}}, trigger: "deployed",
			want: &evSummary{"deployment", "deploy", "agent=Donald Trump target=Mexico", "2006", 0, ""}},
		{name: "a closing report after a when-clause is not its time", text: "The talks end on April 11, when Congress breaks for Easter, Trump said.",
			published: "2025-03-01", txs: []etx{{text: "April 11", value: "2025-04-11"}}, trigger: "said",
			want: &evSummary{"statement", "say", "agent=Donald Trump", "2025-03-01", -1, ""}},

		{name: "a plea in court is no request", text: "Caro Quintero pleaded not guilty in New York.",
			published: "2025-03-01", trigger: "pleaded",
			want: &evSummary{"action", "plead", "agent=Rafael Caro Quintero other=New York", "2025-03-01", -1, ""}},

		{name: "the occasion's day dates the verb", text: "Trump won a landslide at the general election last July.",
			published: "2025-03-01", txs: []etx{{text: "last July", value: "2024-07"}}, trigger: "won",
			want: &evSummary{"action", "win", "agent=Donald Trump", "2024-07", 0, ""}},
		{name: "the occasion is no second event", text: "Trump won a landslide at the general election last July.",
			published: "2025-03-01", txs: []etx{{text: "last July", value: "2024-07"}}, trigger: "election",
			want: nil},

		{name: "the subject of a raising verb is its infinitive's agent", text: "Trump plans to sanction Mexico.",
			published: "2025-03-11", trigger: "sanction",
			want: &evSummary{"sanction", "sanction", "agent=Donald Trump target=Mexico", ">=2025-03-11", -1, graph.Planned}},
		{name: "talks a meeting is for are the meeting", text: "Trump met Sheinbaum in New York on Tuesday for eight hours of talks.",
			published: "2025-03-12", txs: []etx{{text: "Tuesday", value: "2025-03-11"}, {text: "eight hours", value: "PT8H", typ: "DURATION"}}, trigger: "talks",
			want: nil},

		{name: "a right to act is a possibility", text: "Mexico reserves the right to extradite Caro Quintero.",
			published: "2025-03-11", trigger: "extradite",
			want: &evSummary{"extradition", "extradite", "agent=Mexico target=Rafael Caro Quintero", "", -1, graph.Possible}},
		{name: "a power given is not the giver's act", text: "The Senate did not give Trump the power to sanction Mexico.",
			published: "2025-03-11", trigger: "sanction",
			want: &evSummary{"sanction", "sanction", "target=Mexico", "", -1, graph.Possible}},

		{name: "the market's demand is no request", text: "Hewitt said demand for Mexico's oil was strong.",
			published: "2025-03-11", trigger: "demand", want: nil},
		{name: "someone's demand is a request", text: "Sheinbaum rejected Trump's demand for troops.",
			published: "2025-03-11", trigger: "demand",
			want: &evSummary{"request", "demand", "agent=Donald Trump", "2025-03-11", -1, ""}},

		{name: "responding with an act is an act", text: "Mexico responded on Friday with retaliatory duties on U.S. goods, Hewitt said.",
			published: "2025-03-10", txs: []etx{{text: "Friday", value: "2025-03-07"}}, trigger: "responded",
			want: &evSummary{"action", "respond", "agent=Mexico", "2025-03-07", 0, graph.Claimed}},

		{name: "a place in the subject's phrase is no raised agent", text: "A federal judge in New York is scheduled to hold a hearing on Friday.",
			published: "2025-08-14", txs: []etx{{text: "Friday", value: "2025-08-15"}}, trigger: "hearing", want: nil},

		// aspect and coordination
		{name: "a perfect is shared by the verb coordinated with it", text: "Mexico has increased border security and extradited Caro Quintero.",
			published: "2025-05-03", trigger: "extradited",
			want: &evSummary{"extradition", "extradite", "agent=Mexico target=Rafael Caro Quintero", "<=2025-05-03", -1, ""}},
		{name: "a new subject ends the shared perfect", text: "Mexico has increased border security and Trump called Sheinbaum.",
			published: "2025-05-03", trigger: "called",
			want: &evSummary{"call", "call", "agent=Donald Trump target=Claudia Sheinbaum", "2025-05-03", -1, ""}},
		{name: "a fronted cue puts the sentence in the past", text: "Earlier, Trump imposed a tariff on Mexico, though Trump paused the tariff.",
			published: "2025-05-03", trigger: "paused",
			want: &evSummary{"action", "pause", "agent=Donald Trump", "<=2025-05-03", -1, ""}},
		{name: "a planned event reported on a day happens after it", text: "Sheinbaum said on May 3 that Trump had offered to deploy troops to Mexico.",
			published: "2025-05-04", txs: []etx{{text: "May 3", value: "2025-05-03"}}, trigger: "deploy",
			want: &evSummary{"deployment", "deploy", "agent=Donald Trump target=Mexico", ">=2025-05-03", 0, graph.Planned}},
		{name: "a closing report is no conjunct of the dated clause", text: "Mexico opened export registrations for April and May with no limit set, Hewitt, president of the association, said.",
			published: "1987-03-13", txs: []etx{{text: "April", value: "1987-04"}, {text: "May", value: "1987-05"}}, trigger: "said",
			want: &evSummary{"statement", "say", "agent=James Hewitt", "1987-03-13", -1, ""}},
		{name: "a list of verb phrases shares its date", text: "In March 1986 Mexico acquired the stake, sold the food business and renamed the company.",
			published: "1987-03-17", txs: []etx{{text: "March 1986", value: "1986-03"}}, trigger: "sold",
			want: &evSummary{"action", "sell", "agent=Mexico", "1986-03", 0, ""}},
		{name: "a conjunct after a prepositional phrase shares the date", text: "The deficit with Mexico for all of 1986 rose 11 billion dlrs and with the U.S. increased 7 billion dlrs.",
			published: "1987-03-11", txs: []etx{{text: "1986", value: "1986"}}, trigger: "increased",
			want: &evSummary{"action", "increase", "agent=United States", "1986", 0, ""}},

		{name: "a day before the planning word dates the planning", text: "On May 2, Trump issued an order to deploy troops to Mexico.",
			published: "2025-05-03", txs: []etx{{text: "May 2", value: "2025-05-02"}}, trigger: "deploy",
			want: &evSummary{"deployment", "deploy", "agent=Donald Trump target=Mexico", ">=2025-05-02", 0, graph.Planned}},
		{name: "a day right after the planning word dates the planning", text: "Trump offered on May 2 to deploy troops to Mexico.",
			published: "2025-05-03", txs: []etx{{text: "May 2", value: "2025-05-02"}}, trigger: "deploy",
			want: &evSummary{"deployment", "deploy", "agent=Donald Trump target=Mexico", ">=2025-05-02", 0, graph.Planned}},
		{name: "a day further on dates the planned event", text: "Trump will ask Mexico at the May 9 meeting to extradite Caro Quintero.",
			published: "2025-05-03", txs: []etx{{text: "May 9", value: "2025-05-09"}}, trigger: "extradite",
			want: &evSummary{"extradition", "extradite", "agent=Mexico target=Rafael Caro Quintero", "2025-05-09", 0, graph.Planned}},
		{name: "an infinitive of purpose of a planned event is planned", text: "Trump will meet Sheinbaum on May 9 to discuss the tariffs.",
			published: "2025-05-03", txs: []etx{{text: "May 9", value: "2025-05-09"}}, trigger: "discuss",
			want: &evSummary{"meeting", "discuss", "agent=Donald Trump", "2025-05-09", 0, graph.Planned}},
		{name: "a gerund after a comma is no complement", text: "Sheinbaum rejected the offer on May 2, calling Trump afraid.",
			published: "2025-05-03", txs: []etx{{text: "May 2", value: "2025-05-02"}}, trigger: "calling",
			want: &evSummary{"call", "call", "agent=Claudia Sheinbaum target=Donald Trump", "2025-05-02", 0, ""}},

		// factuality
		{name: "negated", text: "Mexico did not accept the offer from Trump.", published: "2025-05-03", trigger: "accept",
			want: &evSummary{"action", "accept", "agent=Mexico target=Donald Trump", "2025-05-03", -1, graph.Negated}},
		{name: "declined to", text: "Mexico declined to extradite Caro Quintero.", published: "2025-05-03", trigger: "extradite",
			want: &evSummary{"extradition", "extradite", "agent=Mexico target=Rafael Caro Quintero", "2025-05-03", -1, graph.Negated}},
		{name: "planned", text: "Trump will meet Trudeau.", published: "2025-05-03", trigger: "meet",
			want: &evSummary{"meeting", "meet", "agent=Donald Trump target=Justin Trudeau", ">=2025-05-03", -1, graph.Planned}},
		{name: "possible", text: "Trump could sanction Mexico.", published: "2025-05-03", trigger: "sanction",
			want: &evSummary{"sanction", "sanction", "agent=Donald Trump target=Mexico", "", -1, graph.Possible}},
		{name: "claimed", text: "Trump reportedly called Sheinbaum.", published: "2025-05-03", trigger: "called",
			want: &evSummary{"call", "call", "agent=Donald Trump target=Claudia Sheinbaum", "2025-05-03", -1, graph.Claimed}},
		{name: "rejected noun", text: "Sheinbaum rejects U.S. troop deployment.", published: "2025-05-05",
			trigger: "deployment",
			want:    &evSummary{"deployment", "deploy", "agent=United States", ">=2025-05-05", -1, graph.Planned}},
		{name: "noun after a preposition", text: "Sheinbaum asked for details on the deployment.", published: "2025-05-05",
			trigger: "deployment",
			want:    &evSummary{"deployment", "deploy", "agent=Claudia Sheinbaum", "2025-05-05", -1, ""}},
		// a name inside a clause of the subject is not the subject
		{name: "subject's own clause", published: "2025-05-03",
			text:    "Trump's suggestion of military action if Mexico does not address cartel activities has raised concerns among officials.",
			trigger: "raised", want: nil},
		{name: "subject's own clause guard: verb group", text: "Mexico is currently negotiating with the United States.", published: "2025-05-03",
			txs: []etx{{text: "currently", value: "PRESENT_REF"}}, trigger: "negotiating",
			want: &evSummary{"meeting", "negotiate", "agent=Mexico target=United States", "2025-05-03", 0, ""}},
		{name: "subject's own clause guard: joined verb", text: "Mexico is leading the effort and has now extradited Caro Quintero.",
			published: "2025-05-03", txs: []etx{{text: "now", value: "PRESENT_REF"}}, trigger: "extradited",
			want: &evSummary{"extradition", "extradite", "agent=Mexico target=Rafael Caro Quintero", "2025-05-03", 0, ""}},
		{name: "subject's own clause guard: pronoun", text: "Mexico is confident it can extradite Caro Quintero.",
			published: "2025-05-03", trigger: "extradite",
			want: &evSummary{"extradition", "extradite", "agent=Mexico target=Rafael Caro Quintero", "", -1, graph.Possible}},
		{name: "given as a preposition", text: "Mexico should prepare for all scenarios given Trump's threats of unilateral action.",
			published: "2025-05-03", trigger: "threats",
			want: &evSummary{"threat", "threaten", "agent=Donald Trump", "2025-05-03", -1, ""}},
		{name: "given as a verb", text: "Trump has given Mexico a deadline to extradite Caro Quintero.",
			published: "2025-05-03", trigger: "deadline", want: nil},
		{name: "a press secretary is no pressing", text: "Senate press secretary James Hewitt told reporters the vote would wait.",
			published: "2025-05-03", trigger: "press", want: nil},
		{name: "a past perfect does not move the narrative's day",
			text:      "Trump called Sheinbaum on Monday. Hewitt had spoken with Trudeau on Saturday. Mexico extradited Caro Quintero.",
			published: "2025-05-06", txs: []etx{{text: "Monday", value: "2025-05-05"}, {text: "Saturday", value: "2025-05-03"}},
			trigger: "extradited",
			want:    &evSummary{"extradition", "extradite", "agent=Mexico target=Rafael Caro Quintero", "2025-05-05", -1, ""}},
		{name: "what someone is barred from is not done, and the one barred would do it",
			text: "A judge barred Trump from deploying troops to Mexico.", published: "2025-05-03", trigger: "deploying",
			want: &evSummary{"deployment", "deploy", "agent=Donald Trump target=Mexico", "2025-05-03", -1, graph.Negated}},
		{name: "nor does the one who bars it", text: "Sheinbaum issued an order barring the government from extraditing people to the United States.",
			published: "2025-05-03", trigger: "extraditing", want: nil},
		{name: "it after a reporting verb is its organization or place",
			text:      "Trump met Caro Quintero. Mexico's government called the deportations a kidnapping and said it would seek the men's return.",
			published: "2025-05-03", trigger: "seek",
			want: &evSummary{"request", "seek", "agent=Mexico", ">=2025-05-03", -1, graph.Planned}},
		{name: "a clause without that after a reporting verb has its own subject",
			text: "Hewitt said the card would cost 5 million dollars and replace the Senate program.", published: "2025-05-03",
			trigger: "replace", want: &evSummary{"action", "replace", "target=Senate", "2025-05-03", -1, ""}},
		{name: "but the reporter's own joined verb shares the reporter",
			text: "Hewitt said the deal was signed, but added that Mexico would pay.", published: "2025-05-03",
			trigger: "added", want: &evSummary{"statement", "add", "agent=James Hewitt", "2025-05-03", -1, ""}},
		{name: "a day scheduled before a coordinator does not date the verb after it",
			text: "Hewitt scheduled a hearing for Tuesday and ordered the Senate to file a declaration.", published: "2025-05-03",
			txs: []etx{{text: "Tuesday", value: "2025-05-06"}}, trigger: "ordered",
			want: &evSummary{"order", "order", "target=Senate", "2025-05-03", -1, ""}},
		{name: "a split infinitive of what was agreed is planned",
			text: "Mexico agreed on Monday to sharply reduce tariffs on Canada.", published: "2025-05-06",
			txs: []etx{{text: "Monday", value: "2025-05-05"}}, trigger: "reduce",
			want: &evSummary{"action", "reduce", "agent=Mexico", ">=2025-05-05", 0, graph.Planned}},
		{name: "an after-clause is by the end of a year, not before it",
			text: "The tariffs were suspended in 2021 after Mexico agreed to ease its own tariffs.", published: "2025-05-03",
			txs: []etx{{text: "2021", value: "2021"}}, trigger: "agreed",
			want: &evSummary{"agreement", "agree", "agent=Mexico", "<=2021-12-31", -1, ""}},
		{name: "counter-tariffs are tariffs", text: "Mexico imposed counter-tariffs on Trump.", published: "2025-05-03",
			trigger: "counter-tariffs", want: &evSummary{"tariff", "tariff", "agent=Mexico target=Donald Trump", "2025-05-03", -1, ""}},
		{name: "said on a day it would: the day is the saying's",
			text: "Mexico said on Wednesday it would impose counter-tariffs on U.S. goods from next month.", published: "2025-05-03",
			txs: []etx{{text: "Wednesday", value: "2025-04-30"}, {text: "next month", value: "2025-06"}}, trigger: "counter-tariffs",
			want: &evSummary{"tariff", "tariff", "agent=Mexico other=United States", "2025-06", 1, graph.Planned}},
		{name: "an object-control verb's unnamed object does what follows",
			text: "Trump urged officials in Mexico to extradite Caro Quintero.", published: "2025-05-03", trigger: "extradite",
			want: &evSummary{"extradition", "extradite", "target=Rafael Caro Quintero", ">=2025-05-03", -1, graph.Planned}},
		{name: "but the holder of a right requested acts", text: "Mexico requested the right to extradite Caro Quintero.",
			published: "2025-05-03", trigger: "extradite",
			want: &evSummary{"extradition", "extradite", "agent=Mexico target=Rafael Caro Quintero", ">=2025-05-03", -1, graph.Planned}},
		{name: "an embedded question has its own subject",
			text: "Hewitt asked whether any president had used the law to impose tariffs on Mexico.", published: "2025-05-03",
			trigger: "tariffs", want: &evSummary{"tariff", "tariff", "target=Mexico", "2025-05-03", -1, ""}},
		{name: "but an infinitive question is the asker's",
			text: "Sheinbaum said she would decide whether to extradite Caro Quintero.", published: "2025-05-03",
			trigger: "extradite", want: &evSummary{"extradition", "extradite", "agent=Claudia Sheinbaum target=Rafael Caro Quintero", "2025-05-03", -1, ""}},
		{name: "a negation does not reach past until",
			text: "Trump said the truce would not start until Mexico extradited Caro Quintero.", published: "2025-05-03",
			trigger: "extradited", want: &evSummary{"extradition", "extradite", "agent=Mexico target=Rafael Caro Quintero", "2025-05-03", -1, ""}},
		{name: "a participle right after its event noun is its passive",
			text: "Trump met Sheinbaum under a deal reached last week.", published: "2025-05-03",
			txs: []etx{{text: "last week", value: "2025-W17"}}, trigger: "reached", want: nil},
		{name: "a noun before a name and its verb is the verb's object",
			text:      "The court heard a challenge to the tariffs President Donald Trump imposed under an emergency law.",
			published: "2025-05-03", trigger: "tariffs",
			want: &evSummary{"tariff", "tariff", "agent=Donald Trump", "2025-05-03", -1, ""}},
		{name: "a relative clause says when a noun took effect",
			text: "Mexico responded to Trump's tariffs on steel, which took effect on Wednesday.", published: "2025-05-03",
			txs: []etx{{text: "Wednesday", value: "2025-04-30"}}, trigger: "tariffs",
			want: &evSummary{"tariff", "tariff", "agent=Donald Trump", "2025-04-30", 0, ""}},
		{name: "a place's election is held, not a nomination", text: "Mexico's national election was peaceful.",
			published: "2025-05-03", trigger: "election",
			want: &evSummary{"action", "elect", "agent=Mexico", "2025-05-03", -1, ""}},
		{name: "winning an election is on its day", text: "Trump won the New York election on Sunday.",
			published: "2025-05-06", txs: []etx{{text: "Sunday", value: "2025-05-04"}}, trigger: "won",
			want: &evSummary{"action", "win", "agent=Donald Trump target=New York", "2025-05-04", 0, ""}},
		{name: "a name in a relative clause of the subject is not the subject",
			text: "The death toll from an earthquake that struck central Mexico rose to 1,000.", published: "2025-05-03",
			trigger: "rose", want: nil},
		{name: "a place a subject is based in is not the subject",
			text: "The New York-based steelmaker said Trump would invest.", published: "2025-05-03",
			trigger: "said", want: nil},
		{name: "a day right after a verb's object noun is the verb's", text: "Trump had blocked the deal on Jan. 3.",
			published: "2025-06-14", txs: []etx{{text: "Jan. 3", value: "2025-01-03"}}, trigger: "blocked",
			want: &evSummary{"action", "block", "agent=Donald Trump", "2025-01-03", 0, ""}},
		{name: "a multiple's standard dates nothing", text: "Mexico won 20.8% of the vote, double its share in 2021.",
			published: "2025-05-03", txs: []etx{{text: "2021", value: "2021"}}, trigger: "won",
			want: &evSummary{"action", "win", "agent=Mexico", "2025-05-03", -1, ""}},
		{name: "but a multiple across a joined verb is no comparison",
			text:      "The relationship soured after Mexico sold half its finance arm and recapitalised in 2003.",
			published: "2005-02-14", txs: []etx{{text: "2003", value: "2003"}}, trigger: "sold",
			want: &evSummary{"action", "sell", "agent=Mexico", "2003", 0, ""}},
		{name: "nor a fraction that a verb takes", text: "Mexico sold half its stake in 2004.",
			published: "2005-02-14", txs: []etx{{text: "2004", value: "2004"}}, trigger: "sold",
			want: &evSummary{"action", "sell", "agent=Mexico", "2004", 0, ""}},
		{name: "an election held borrows no agent", text: "Trudeau called the result bitter, the worst in a federal election since 1887.",
			published: "2025-05-03", txs: []etx{{text: "since 1887", value: "1887"}}, trigger: "election", want: nil},
		{name: "the platform a post is on is not whom it addresses", text: "Trump congratulated Sheinbaum on Truth Social.",
			published: "2025-05-03", trigger: "congratulated",
			want: &evSummary{"statement", "congratulate", "agent=Donald Trump other=Truth Social target=Claudia Sheinbaum", "2025-05-03", -1, ""}},
		{name: "a place before a common noun only qualifies it", text: "The New York conglomerate will sell its ports to Mexico.",
			published: "2025-05-03", trigger: "sell",
			want: &evSummary{"action", "sell", "target=Mexico", ">=2025-05-03", -1, graph.Planned}},
		{name: "but a place's government is the state", text: "The Mexico government will sell its ports to Trump.",
			published: "2025-05-03", trigger: "sell",
			want: &evSummary{"action", "sell", "agent=Mexico target=Donald Trump", ">=2025-05-03", -1, graph.Planned}},
		{name: "a timeline's bullet: a day and a dash open it", text: "March 4 – Trump doubles the tariff on Mexico to 20%.",
			published: "2025-04-15", txs: []etx{{text: "March 4", value: "2025-03-04"}}, trigger: "tariff",
			want: &evSummary{"tariff", "tariff", "agent=Donald Trump target=Mexico", "2025-03-04", 0, ""}},
		{name: "an order's participle is done by the order, on its day",
			text: "On May 1, Trump signed an order imposing a tariff on Mexico.", published: "2025-05-03",
			txs: []etx{{text: "May 1", value: "2025-05-01"}}, trigger: "tariff",
			want: &evSummary{"tariff", "tariff", "agent=Donald Trump target=Mexico", "2025-05-01", 0, ""}},
		{name: "a later sentence of a timeline entry is of its day",
			text:      "Feb. 4 – The tariff takes effect. Mexico responds with levies on Trump's goods.\nMarch 4 – Trump doubles it.",
			published: "2025-04-15", txs: []etx{{text: "Feb. 4", value: "2025-02-04"}, {text: "March 4", value: "2025-03-04"}},
			trigger: "responds", want: &evSummary{"action", "respond", "agent=Mexico", "2025-02-04", -1, ""}},
		{name: "but not past the end of its line",
			text:      "Feb. 4 – The tariff takes effect.\nMexico responds with levies on Trump's goods.",
			published: "2025-04-15", txs: []etx{{text: "Feb. 4", value: "2025-02-04"}},
			trigger: "responds", want: &evSummary{"action", "respond", "agent=Mexico", "2025-04-15", -1, ""}},
		{name: "what is committed to is planned", text: "Trudeau announced an agreement, committing to appoint Hewitt as fentanyl czar.",
			published: "2025-05-03", trigger: "appoint",
			want: &evSummary{"nomination", "appoint", "agent=Justin Trudeau target=James Hewitt", ">=2025-05-03", -1, graph.Planned}},
		{name: "a capitalized word of a title after a name is no trigger",
			text: "New York Fire Chief James Hewitt said there were no survivors.", published: "2025-05-03",
			trigger: "Fire", want: nil},
		{name: "a fronted participle's time is its own", text: "Born in 1962 in Mexico City, Sheinbaum joined the government of Mexico in 2000.",
			published: "2025-05-03", txs: []etx{{text: "1962", value: "1962"}, {text: "2000", value: "2000"}}, trigger: "joined",
			want: &evSummary{"action", "join", "agent=Claudia Sheinbaum other=Mexico", "2000", 1, ""}},
		{name: "a fronted participle's time dates nothing after it", text: "Elected in 2018, Trump visited Mexico.",
			published: "2025-05-03", txs: []etx{{text: "2018", value: "2018"}}, trigger: "visited",
			want: &evSummary{"meeting", "visit", "agent=Donald Trump target=Mexico", "2025-05-03", -1, ""}},
		{name: "a time before a coordinated verb ends the first verb's phrase",
			text:      "Sheinbaum declared a state of emergency on Monday and ordered the evacuation of Mexico on Tuesday.",
			published: "2025-05-03", txs: []etx{{text: "Monday", value: "2025-04-28"}, {text: "Tuesday", value: "2025-04-29"}},
			trigger: "declared", want: &evSummary{"action", "declare", "agent=Claudia Sheinbaum", "2025-04-28", 0, ""}},
		{name: "a place that only says where the subject's noun is does not act",
			text: "Schools in Mexico will stay closed until Monday.", published: "2025-05-03", trigger: "closed", want: nil},
		{name: "nor a place near the subject's noun", text: "In 1999 a quake near Mexico killed 17,000 people.",
			published: "2025-05-03", trigger: "killed", want: nil},
		{name: "but a place's officials act for it", text: "Officials in Mexico rejected the offer.", published: "2025-05-03",
			trigger: "rejected", want: &evSummary{"rejection", "reject", "agent=Mexico", "2025-05-03", -1, ""}},
		{name: "a time ahead of a warning is what it warns of", text: "Trump warned Mexico its promised package in June must be significant.",
			published: "2025-05-03", txs: []etx{{text: "June", value: "2025-06"}}, trigger: "warned",
			want: &evSummary{"threat", "warn", "agent=Donald Trump other=Mexico", "2025-05-03", -1, ""}},
		{name: "a past time after a warning's object is the warning's", text: "Trump warned Mexico yesterday it would face tariffs.",
			published: "2025-11-20", txs: []etx{{text: "yesterday", value: "2025-11-19"}}, trigger: "warned",
			want: &evSummary{"threat", "warn", "agent=Donald Trump target=Mexico", "2025-11-19", 0, ""}},
		{name: "a condition is no fact", text: "Trump said the tariffs could be lifted if Mexico agreed to a ceasefire.",
			published: "2025-05-03", trigger: "agreed", want: &evSummary{"agreement", "agree", "agent=Mexico", "", -1, graph.Possible}},
		{name: "nor what happens unless", text: "Trump said he would impose tariffs unless Mexico extradited Caro Quintero.",
			published: "2025-05-03", trigger: "extradited",
			want: &evSummary{"extradition", "extradite", "agent=Mexico target=Rafael Caro Quintero", "", -1, graph.Possible}},
		{name: "a saying after a quoted condition is a fact", text: "\"How can there be a deal if Mexico refuses?\" Trump said.",
			published: "2025-05-03", trigger: "said", want: &evSummary{"statement", "say", "agent=Donald Trump", "2025-05-03", -1, ""}},
		{name: "a share of the vote is no voting", text: "Mexico won the election, taking 34.5% of the vote.",
			published: "2025-05-03", trigger: "vote", want: nil},
		{name: "a time before 'after' and a gerund is the main clause's",
			text:      "Mexico called off strikes planned for this weekend after reaching a pay deal with Trump late last night.",
			published: "2025-10-23", txs: []etx{{text: "this weekend", value: "2025-10-25"}, {text: "late last night", value: "2025-10-22"}},
			trigger: "deal", want: &evSummary{"agreement", "agree", "agent=Mexico target=Donald Trump", "2025-10-22", 1, ""}},
		{name: "an apposition restating the event neither splits nor undates it",
			text:      "The Treasury imposed sanctions on Mexico's two largest oil companies, Pemex and Cemex, on Wednesday, the first major sanctions on Mexico since Trump returned to office in January.",
			published: "2025-10-23", txs: []etx{{text: "Wednesday", value: "2025-10-22"}, {text: "January", value: "2025-01"}},
			trigger: "sanctions", want: &evSummary{"sanction", "sanction", "target=Mexico", "2025-10-22", 0, ""}},
		{name: "what is restricted is not the restricter's doing",
			text: "The United States first restricted sales of advanced chips to Mexico in October 2022.", published: "2025-05-03",
			txs: []etx{{text: "October 2022", value: "2022-10"}}, trigger: "sales",
			want: &evSummary{"action", "sell", "target=Mexico", "2022-10", 0, ""}},
		{name: "calling off is no call, and not of the day the thing called off was set for",
			text:      "Mexico called off strikes planned for Saturday, Sheinbaum said today.",
			published: "2025-10-14", txs: []etx{{text: "Saturday", value: "2025-10-18"}, {text: "today", value: "2025-10-14"}},
			trigger: "called", want: &evSummary{"action", "call off", "agent=Mexico", "2025-10-14", -1, ""}},
		{name: "a time before 'to' dates the agreeing, past a summit",
			text:      "Sheinbaum and Trump agreed at the G7 summit in Kananaskis on Monday to reach a deal within 30 days.",
			published: "2025-06-20", txs: []etx{{text: "Monday", value: "2025-06-16"}}, trigger: "agreed",
			want: &evSummary{"agreement", "agree", "agent=Claudia Sheinbaum agent=Donald Trump", "2025-06-16", 0, ""}},
		{name: "and what is agreed to lies after it",
			text:      "Sheinbaum and Trump agreed at the G7 summit in Kananaskis on Monday to reach a deal within 30 days.",
			published: "2025-06-20", txs: []etx{{text: "Monday", value: "2025-06-16"}}, trigger: "deal",
			want: &evSummary{"agreement", "agree", "agent=Claudia Sheinbaum agent=Donald Trump", ">=2025-06-16", 0, graph.Planned}},
		{name: "a participle joined to a passive is passive too", text: "Mexico was seized and sold to Trump in May 2023.",
			published: "2025-06-25", txs: []etx{{text: "May 2023", value: "2023-05"}}, trigger: "sold",
			want: &evSummary{"action", "sell", "target=Donald Trump", "2023-05", 0, ""}},
		{name: "a passive participle after a comma has the clause's subject as its patient",
			text: "Mexico reported a record profit on Thursday, helped by strong demand.", published: "2025-10-23",
			txs: []etx{{text: "Thursday", value: "2025-10-23"}}, trigger: "helped",
			want: &evSummary{"action", "help", "target=Mexico", "2025-10-23", 0, ""}},
		{name: "sales that fall are a measure, no selling", text: "Mexico filed for bankruptcy on Wednesday, after sales fell for nine straight quarters.",
			published: "2025-04-03", txs: []etx{{text: "Wednesday", value: "2025-04-02"}}, trigger: "sales", want: nil},
		{name: "nor does the measure's fall borrow the clause's agent",
			text:      "Mexico filed for bankruptcy on Wednesday, after sales fell for nine straight quarters.",
			published: "2025-04-03", txs: []etx{{text: "Wednesday", value: "2025-04-02"}}, trigger: "fell", want: nil},
		{name: "confirming a person in office is an appointment", text: "The Senate confirmed Sheinbaum as ambassador late on Friday.",
			published: "2025-01-25", txs: []etx{{text: "late on Friday", value: "2025-01-24"}}, trigger: "confirmed",
			want: &evSummary{"nomination", "confirm", "agent=Senate target=Claudia Sheinbaum", "2025-01-24", 0, ""}},
		{name: "confirming what a person did is a statement", text: "Trump confirmed Sheinbaum was still in office.",
			published: "2025-01-25", trigger: "confirmed",
			want: &evSummary{"statement", "confirm", "agent=Donald Trump other=Claudia Sheinbaum", "2025-01-25", -1, ""}},
		{name: "what comes ahead is not the reporter's", text: "Mexico reported on Tuesday a surge in imports ahead of new tariffs.",
			published: "2025-05-06", txs: []etx{{text: "Tuesday", value: "2025-05-06"}}, trigger: "tariffs", want: nil},
		{name: "N days after an unnamed subject's act, counted back from the day before",
			text:      "Trump surrendered to U.S. authorities on Friday, two days after a federal appeals court rejected Mexico's last request.",
			published: "2023-04-24", txs: []etx{{text: "Friday", value: "2023-04-21"}, {text: "two days", value: "P2D", typ: "DURATION"}},
			trigger: "rejected", want: &evSummary{"rejection", "reject", "target=Mexico", "2023-04-19", -1, ""}},
		{name: "N weeks after, with no event before, counted back from the day in focus",
			text:      "Sheinbaum won the vote on Sunday. The victory came two weeks after Trump announced a swap line for Mexico.",
			published: "2025-10-27", txs: []etx{{text: "Sunday", value: "2025-10-26"}, {text: "two weeks", value: "P2W", typ: "DURATION"}},
			trigger: "announced", want: &evSummary{"statement", "announce", "agent=Donald Trump other=Mexico", "2025-10-12", -1, ""}},
		{name: "a time before a comma and a coordinator ends its clause",
			text:      "Trump met Sheinbaum in New York on Thursday, and the Senate announced a truce.",
			published: "2025-10-31", txs: []etx{{text: "Thursday", value: "2025-10-30"}}, trigger: "met",
			want: &evSummary{"meeting", "meet", "agent=Donald Trump other=New York target=Claudia Sheinbaum", "2025-10-30", 0, ""}},
		{name: "a day after two named subjects agreed, counted back from the day before",
			text:      "Sheinbaum spoke to reporters on Monday, a day after the United States and the Sinaloa Cartel agreed on a truce.",
			published: "2025-07-29", txs: []etx{{text: "Monday", value: "2025-07-28"}, {text: "a day", value: "P1D", typ: "DURATION"}},
			trigger: "agreed", want: &evSummary{"agreement", "agree", "agent=Sinaloa Cartel agent=United States", "2025-07-27", -1, ""}},
		{name: "a subject's second conjunct after 'and the' acts too", text: "The United States and the Sinaloa Cartel agreed on a truce.",
			published: "2025-07-29", trigger: "agreed",
			want: &evSummary{"agreement", "agree", "agent=Sinaloa Cartel agent=United States", "2025-07-29", -1, ""}},
		{name: "the deal agreed on is the agreeing", text: "Sheinbaum and Trump agreed on a trade deal at a summit on Sunday.",
			published: "2025-07-29", txs: []etx{{text: "Sunday", value: "2025-07-27"}}, trigger: "deal", want: nil},
		{name: "and the agreeing has the deal's day", text: "Sheinbaum and Trump agreed on a trade deal at a summit on Sunday.",
			published: "2025-07-29", txs: []etx{{text: "Sunday", value: "2025-07-27"}}, trigger: "agreed",
			want: &evSummary{"agreement", "agree", "agent=Claudia Sheinbaum agent=Donald Trump", "2025-07-27", 0, ""}},
		{name: "a month qualifying the object's noun dates the noun, not the verb",
			text: "Mexico is due to publish the October jobs report on Friday.", published: "2025-11-02",
			txs:     []etx{{text: "October", value: "2025-10"}, {text: "Friday", value: "2025-11-07"}},
			trigger: "publish", want: &evSummary{"report", "publish", "agent=Mexico", "2025-11-07", 1, graph.Planned}},
		{name: "a year qualifying the object's noun is no date of the verb", text: "Mexico cut its 1987 production target.",
			published: "1987-03-05", txs: []etx{{text: "1987", value: "1987"}}, trigger: "cut",
			want: &evSummary{"action", "cut", "agent=Mexico", "1987-03-05", -1, ""}},
		{name: "but in a prepositional phrase it dates the clause", text: "In the 1986 calendar year, Mexico's output rose 2.5 pct.",
			published: "1987-03-05", txs: []etx{{text: "1986", value: "1986"}}, trigger: "rose",
			want: &evSummary{"action", "rise", "agent=Mexico", "1986", 0, ""}},
		{name: "and the election won is the winning's", text: "Trump was expected to win the 1987 election.",
			published: "1987-03-05", txs: []etx{{text: "1987", value: "1987"}}, trigger: "win",
			want: &evSummary{"action", "win", "agent=Donald Trump", "1987", 0, graph.Planned}},
		{name: "what is due to happen is planned", text: "Sheinbaum is due to visit New York.", published: "2025-11-02",
			trigger: "visit", want: &evSummary{"meeting", "visit", "agent=Claudia Sheinbaum target=New York", ">=2025-11-02", -1, graph.Planned}},
		{name: "a progressive act is reported", text: "Mexico is recalling 300,000 vehicles.", published: "2025-09-19",
			trigger: "recalling", want: &evSummary{"action", "recall", "agent=Mexico", "2025-09-19", -1, ""}},
		{name: "so is a past one", text: "Mexico was still buying assets.", published: "2025-09-19",
			trigger: "buying", want: &evSummary{"action", "buy", "agent=Mexico", "2025-09-19", -1, ""}},
		{name: "but not a measure's course", text: "Mexico's debt is rising fast.", published: "2025-09-19", trigger: "rising", want: nil},
		{name: "nor a gerund adjunct", text: "Mexico closed the border, citing security.", published: "2025-09-19", trigger: "citing", want: nil},
		{name: "results for a period are reported on the day given after it",
			text: "Mexico reported record revenue for its fiscal fourth quarter ended Sept. 27 on Wednesday.", published: "2025-11-06",
			txs:     []etx{{text: "fiscal fourth quarter", value: "2025-Q4"}, {text: "Sept. 27", value: "2025-09-27"}, {text: "Wednesday", value: "2025-11-05"}},
			trigger: "reported", want: &evSummary{"report", "report", "agent=Mexico", "2025-11-05", 2, ""}},
		{name: "or before it", text: "On Tuesday, Mexico reported a loss for the quarter ended Sept. 30.", published: "2025-11-06",
			txs:     []etx{{text: "Tuesday", value: "2025-11-04"}, {text: "the quarter", value: "2025-Q3"}, {text: "Sept. 30", value: "2025-09-30"}},
			trigger: "reported", want: &evSummary{"report", "report", "agent=Mexico", "2025-11-04", 0, ""}},
		{name: "and not on the period's end", text: "Mexico reported a loss for the quarter ended Sept. 30.", published: "2025-11-06",
			txs:     []etx{{text: "the quarter", value: "2025-Q3"}, {text: "Sept. 30", value: "2025-09-30"}},
			trigger: "reported", want: &evSummary{"report", "report", "agent=Mexico", "2025-11-06", -1, ""}},
		{name: "a court hears a case", text: "The Senate will hear arguments in the case on Wednesday.", published: "2025-11-02",
			txs: []etx{{text: "Wednesday", value: "2025-11-05"}}, trigger: "hear",
			want: &evSummary{"hearing", "hear", "agent=Senate", "2025-11-05", 0, graph.Planned}},
		{name: "hearing news is no hearing", text: "Trump heard the news on Wednesday.", published: "2025-11-02",
			txs: []etx{{text: "Wednesday", value: "2025-10-29"}}, trigger: "heard", want: nil},
		{name: "a place of a place that says where the subject is does not act",
			text: "Dockworkers at the port of New York returned to work on Tuesday.", published: "2025-06-03",
			txs: []etx{{text: "Tuesday", value: "2025-06-03"}}, trigger: "returned", want: nil},
		{name: "a cancelling is of its own day", text: "Mexico cancelled a meeting with Trump on Thursday.", published: "2025-03-14",
			txs: []etx{{text: "Thursday", value: "2025-03-13"}}, trigger: "cancelled",
			want: &evSummary{"action", "cancel", "agent=Mexico", "2025-03-13", 0, ""}},
		{name: "and what it cancels does not take place", text: "Mexico cancelled a meeting with Trump on Thursday.", published: "2025-03-14",
			txs: []etx{{text: "Thursday", value: "2025-03-13"}}, trigger: "meeting",
			want: &evSummary{"meeting", "meet", "agent=Mexico target=Donald Trump", "2025-03-14", -1, graph.Negated}},
		{name: "a postponing is of its own day, past the phrase of what it puts off",
			text: "The Senate postponed a vote on Sheinbaum's nomination on Thursday.", published: "2025-03-14",
			txs: []etx{{text: "Thursday", value: "2025-03-13"}}, trigger: "postponed",
			want: &evSummary{"action", "postpone", "agent=Senate", "2025-03-13", 0, ""}},
		{name: "and what it puts off lies ahead", text: "The Senate postponed a vote on Sheinbaum's nomination on Thursday.",
			published: "2025-03-14", txs: []etx{{text: "Thursday", value: "2025-03-13"}}, trigger: "vote",
			want: &evSummary{"action", "vote", "agent=Senate target=Claudia Sheinbaum", ">=2025-03-14", -1, graph.Planned}},
		{name: "at the time it is put off to", text: "Mexico postponed its talks with Trump until March 20.", published: "2025-03-14",
			txs: []etx{{text: "March 20", value: "2025-03-20"}}, trigger: "talks",
			want: &evSummary{"meeting", "meet", "agent=Mexico target=Donald Trump", "2025-03-20", 0, graph.Planned}},
		{name: "which is not the postponing's", text: "Mexico postponed its talks with Trump until March 20.", published: "2025-03-14",
			txs: []etx{{text: "March 20", value: "2025-03-20"}}, trigger: "postponed",
			want: &evSummary{"action", "postpone", "agent=Mexico", "2025-03-14", -1, ""}},
		{name: "a rescheduling agreement is no putting off", text: "Mexico signed a debt rescheduling agreement last month.",
			published: "1987-03-14", txs: []etx{{text: "last month", value: "1987-02"}}, trigger: "agreement",
			want: &evSummary{"agreement", "agree", "agent=Mexico", "1987-02", 0, ""}},
		{name: "an event with its own target in what is said is no occasion of the saying",
			text: "Sheinbaum said the breakthrough came during a call with Trump on July 20.", published: "2025-07-28",
			txs: []etx{{text: "July 20", value: "2025-07-20"}}, trigger: "call",
			want: &evSummary{"call", "call", "target=Donald Trump", "2025-07-20", 0, ""}},
		{name: "while a meeting said at is", text: "Sheinbaum said at a meeting on Monday that tariffs hurt.", published: "2025-07-28",
			txs: []etx{{text: "Monday", value: "2025-07-28"}}, trigger: "meeting", want: nil},
		{name: "an event a time away is a landmark, not the subject's",
			text: "A week before the talks, Mexico had expanded its export controls.", published: "2025-10-31",
			txs: []etx{{text: "A week", value: "P1W", typ: "DURATION"}}, trigger: "talks", want: nil},
		{name: "but an event the subject's act follows is", text: "After the talks, Sheinbaum said she was pleased.",
			published: "2025-10-31", trigger: "talks",
			want: &evSummary{"meeting", "meet", "agent=Claudia Sheinbaum", "2025-10-31", -1, ""}},
		{name: "a flight is reported", text: "Trump flew to Mexico on Tuesday.", published: "2025-10-31",
			txs: []etx{{text: "Tuesday", value: "2025-10-28"}}, trigger: "flew",
			want: &evSummary{"action", "fly", "agent=Donald Trump target=Mexico", "2025-10-28", 0, ""}},
		{name: "what fell is not the reporter", text: "Mexico's defense ministry said it fell outside the zone.", published: "2026-01-14",
			trigger: "fell", want: nil},
		{name: "a conference call told on is no second event", text: "Sheinbaum told analysts on a conference call that orders doubled.",
			published: "2025-11-06", trigger: "call", want: nil},
		{name: "a phone call is a call", text: "Trump held a phone call with Sheinbaum on Friday.", published: "2025-11-06",
			txs: []etx{{text: "Friday", value: "2025-10-31"}}, trigger: "call",
			want: &evSummary{"call", "call", "agent=Donald Trump target=Claudia Sheinbaum", "2025-10-31", 0, ""}},
		{name: "what deploys with no object is no deployment", text: "Mexico recalled cars whose airbags may fail to deploy.",
			published: "2025-09-19", trigger: "deploy", want: nil},
		{name: "a meeting over a range of days spans them", text: "Sheinbaum will meet Trump in New York on Dec. 3-4.",
			published: "2025-12-01", txs: []etx{{text: "Dec. 3", value: "2025-12-03"}, {text: "4", value: "2025-12-04"}},
			trigger: "meet", want: &evSummary{"meeting", "meet", "agent=Claudia Sheinbaum other=New York target=Donald Trump", "2025-12-03..2025-12-04", 0, graph.Planned}},
		{name: "a vote is an act", text: "In 2002, Sheinbaum voted against the resolution.", published: "2025-06-16",
			txs: []etx{{text: "2002", value: "2002"}}, trigger: "voted",
			want: &evSummary{"action", "vote", "agent=Claudia Sheinbaum", "2002", 0, ""}},
		{name: "so is a pardon", text: "Hours later, Trump pardoned Sheinbaum.", published: "2025-01-27", trigger: "pardoned",
			want: &evSummary{"action", "pardon", "agent=Donald Trump target=Claudia Sheinbaum", "2025-01-27", -1, ""}},
		{name: "a meeting's purpose is the meeting", text: "Sheinbaum will meet Trump in New York on Monday to discuss trade.",
			published: "2025-12-01", txs: []etx{{text: "Monday", value: "2025-12-08"}}, trigger: "discuss", want: nil},
		{name: "but a discussion one is ready for is not", text: "Sheinbaum told the conference she was ready to discuss trade.",
			published: "2025-12-01", trigger: "discuss",
			want: &evSummary{"meeting", "discuss", "agent=Claudia Sheinbaum", ">=2025-12-01", -1, graph.Planned}},
		{name: "a state of emergency declared is an act", text: "Sheinbaum declared a state of emergency on Sunday.",
			published: "2025-10-09", txs: []etx{{text: "Sunday", value: "2025-10-05"}}, trigger: "declared",
			want: &evSummary{"action", "declare", "agent=Claudia Sheinbaum", "2025-10-05", 0, ""}},
		{name: "from one day to another", text: "Sheinbaum will visit New York from Nov. 27 to Nov. 30.", published: "2025-10-07",
			txs: []etx{{text: "Nov. 27", value: "2025-11-27"}, {text: "Nov. 30", value: "2025-11-30"}}, trigger: "visit",
			want: &evSummary{"meeting", "visit", "agent=Claudia Sheinbaum target=New York", "2025-11-27..2025-11-30", 0, graph.Planned}},
		{name: "between one year and another", text: "Between 2009 and 2014, Mexico bought bonds.", published: "2025-09-15",
			txs: []etx{{text: "2009", value: "2009"}, {text: "2014", value: "2014"}}, trigger: "bought",
			want: &evSummary{"action", "buy", "agent=Mexico", "2009-01-01..2014-12-31", 1, ""}},
		{name: "a past time after an infinitive's object is the planning's", text: "Mexico agreed to buy the Sinaloa Cartel last year.",
			published: "1987-03-17", txs: []etx{{text: "last year", value: "1986"}}, trigger: "agreed",
			want: &evSummary{"agreement", "agree", "agent=Mexico", "1986", 0, ""}},
		{name: "and what is planned follows it", text: "Mexico agreed to buy the Sinaloa Cartel last year.",
			published: "1987-03-17", txs: []etx{{text: "last year", value: "1986"}}, trigger: "buy",
			want: &evSummary{"action", "buy", "agent=Mexico target=Sinaloa Cartel", ">=1986-01-01", 0, graph.Planned}},
		{name: "but a weekday is the plan's", text: "Mexico agreed to meet Trump at 1000 EST Thursday.",
			published: "1987-03-03", txs: []etx{{text: "1000 EST Thursday", value: "1987-02-26T10:00"}}, trigger: "agreed",
			want: &evSummary{"agreement", "agree", "agent=Mexico", "1987-03-03", -1, ""}},
		{name: "a time after the speech said in is the saying's", text: "Sheinbaum said in a speech yesterday that tariffs hurt.",
			published: "1987-03-13", txs: []etx{{text: "yesterday", value: "1987-03-12"}}, trigger: "said",
			want: &evSummary{"statement", "say", "agent=Claudia Sheinbaum", "1987-03-12", 0, ""}},
		{name: "before a quotation too", text: "Sheinbaum said in a speech yesterday, \"Tariffs hurt.\"",
			published: "1987-03-13", txs: []etx{{text: "yesterday", value: "1987-03-12"}}, trigger: "said",
			want: &evSummary{"statement", "say", "agent=Claudia Sheinbaum", "1987-03-12", 0, ""}},
		{name: "a place after 'in the' only says where the subject's noun is", text: "Sales of homes in the United States fell 6.8 pct.",
			published: "1987-03-03", trigger: "fell", want: nil},
		{name: "an organization of a country acts, not the country", text: "The Sinaloa Cartel of the United States signed a contract.",
			published: "1987-03-03", trigger: "signed",
			want: &evSummary{"action", "sign", "agent=Sinaloa Cartel other=United States", "1987-03-03", -1, ""}},
		{name: "what matures on a day dates nothing else", text: "Mexico will sell bills under a repurchase agreement maturing on May 2, to help absorb a surplus.",
			published: "1987-03-12", txs: []etx{{text: "May 2", value: "1987-05-02"}}, trigger: "help",
			want: &evSummary{"action", "help", "agent=Mexico", ">=1987-03-12", -1, graph.Planned}},
		{name: "a day after, counted from the finite verb, not its gerund",
			text:      "A judge on Saturday blocked Trump from deploying troops to New York, a day after Sheinbaum asked the court to intervene.",
			published: "2025-10-05", txs: []etx{{text: "Saturday", value: "2025-10-04"}, {text: "a day", value: "P1D", typ: "DURATION"}},
			trigger: "asked", want: &evSummary{"request", "ask", "agent=Claudia Sheinbaum", "2025-10-03", -1, ""}},
		{name: "a restatement after 'in its' is no second event",
			text: "Trump on Wednesday sanctioned the Sinaloa Cartel, in its first sanctions on Mexico since January.", published: "2025-10-23",
			txs: []etx{{text: "Wednesday", value: "2025-10-22"}, {text: "January", value: "2025-01"}}, trigger: "sanctions", want: nil},
		{name: "a day range without 'from'", text: "Mexico's sales for the February 21 to 28 period dropped 65 pct.",
			published: "1987-03-04", txs: []etx{{text: "February 21", value: "1987-02-21"}, {text: "28", value: "1987-02-28"}},
			trigger: "dropped", want: &evSummary{"action", "drop", "agent=Mexico", "1987-02-21..1987-02-28", 1, ""}},
		{name: "a participle qualifying a noun owns the time after it",
			text: "Mexico will be asked to reflect the logo adopted last year.", published: "1987-03-03",
			txs: []etx{{text: "last year", value: "1986"}}, trigger: "asked",
			want: &evSummary{"request", "ask", "target=Mexico", ">=1987-03-03", -1, graph.Planned}},
		{name: "but not a letter's date", text: "Sheinbaum resigned from the board in a letter dated March 10.",
			published: "1987-03-12", txs: []etx{{text: "March 10", value: "1987-03-10"}}, trigger: "resigned",
			want: &evSummary{"action", "resign", "agent=Claudia Sheinbaum", "1987-03-10", 0, ""}},
		{name: "holding rates steady is an act", text: "Mexico held interest rates steady on Wednesday.", published: "2025-06-18",
			txs: []etx{{text: "Wednesday", value: "2025-06-18"}}, trigger: "held",
			want: &evSummary{"action", "hold", "agent=Mexico", "2025-06-18", 0, ""}},
		{name: "laying off workers is", text: "Mexico said on Wednesday it would lay off 1,000 workers.", published: "2025-04-23",
			txs: []etx{{text: "Wednesday", value: "2025-04-23"}}, trigger: "lay",
			want: &evSummary{"action", "lay off", "agent=Mexico", ">=2025-04-23", -1, graph.Planned}},
		{name: "laying groundwork is not", text: "Mexico laid the groundwork for talks.", published: "2025-04-23", trigger: "laid", want: nil},
		{name: "ousting is", text: "The Sinaloa Cartel ousted Sheinbaum in December.", published: "2025-04-23",
			txs: []etx{{text: "December", value: "2024-12"}}, trigger: "ousted",
			want: &evSummary{"action", "oust", "agent=Sinaloa Cartel target=Claudia Sheinbaum", "2024-12", 0, ""}},
		{name: "an event whose impact is weighed lends it no roles", text: "Mexico held rates steady on Wednesday, as it weighed the impact of tariffs on inflation.",
			published: "2025-06-18", txs: []etx{{text: "Wednesday", value: "2025-06-18"}}, trigger: "tariffs", want: nil},
		{name: "months after a month set off before", text: "Sheinbaum took over in March, three months after the Senate ousted Trump.",
			published: "2025-04-23", txs: []etx{{text: "March", value: "2025-03"}, {text: "three months", value: "P3M", typ: "DURATION"}},
			trigger: "ousted", want: &evSummary{"action", "oust", "agent=Senate target=Donald Trump", "2024-12", -1, ""}},
		{name: "by a time is no later than its end", text: "Mexico would lay off 1,000 workers by the end of the year.",
			published: "2025-04-23", txs: []etx{{text: "the end of the year", value: "2025"}}, trigger: "lay",
			want: &evSummary{"action", "lay off", "agent=Mexico", "<=2025-12-31", 0, graph.Possible}},
		{name: "what is planned by a day lies between the story and that day", text: "Mexico is expected to release Trump by Monday.",
			published: "2025-10-10", txs: []etx{{text: "Monday", value: "2025-10-13"}}, trigger: "release",
			want: &evSummary{"action", "release", "agent=Mexico target=Donald Trump", "2025-10-10..2025-10-13", 0, graph.Planned}},
		{name: "striking a deal is agreeing, with whom the deal is with", text: "Mexico struck a deal with Trump on Friday.",
			published: "2025-11-02", txs: []etx{{text: "Friday", value: "2025-10-31"}}, trigger: "struck",
			want: &evSummary{"agreement", "agree", "agent=Mexico target=Donald Trump", "2025-10-31", 0, ""}},
		{name: "striking a cartel is an attack", text: "Mexico struck the Sinaloa Cartel on Friday.",
			published: "2025-11-02", txs: []etx{{text: "Friday", value: "2025-10-31"}}, trigger: "struck",
			want: &evSummary{"attack", "strike", "agent=Mexico target=Sinaloa Cartel", "2025-10-31", 0, ""}},
		{name: "a name after 'a' qualifies the noun, no verb", text: "He said it was a Mexico issue.", published: "2025-11-02",
			trigger: "issue", want: nil},
		{name: "while an event noun stays one", text: "Trump rejected a Mexico demand on Friday.", published: "2025-11-02",
			txs: []etx{{text: "Friday", value: "2025-10-31"}}, trigger: "demand",
			want: &evSummary{"request", "demand", "agent=Mexico", "2025-10-31", 0, ""}},
		{name: "nor is a bankruptcy judge", text: "A U.S. Bankruptcy Judge ruled that Mexico could sue.", published: "1987-03-12",
			trigger: "Bankruptcy", want: nil},
		{name: "striking a balance is neither", text: "Mexico struck a balance between growth and inflation.", published: "2025-11-02",
			trigger: "struck", want: nil},
		{name: "a bankruptcy court is no bankruptcy", text: "Mexico filed a plan with the U.S. Bankruptcy Court.", published: "2023-04-24",
			trigger: "Bankruptcy", want: nil},
		// a year before a prize names the prize; the day after it dates the winning
		{name: "won the 2025 prize on Friday", text: "Sheinbaum won the 2025 Nobel Peace Prize on Friday.", published: "2025-10-10",
			txs: []etx{{text: "2025", value: "2025"}, {text: "Friday", value: "2025-10-10"}}, trigger: "won",
			want: &evSummary{"action", "win", "agent=Claudia Sheinbaum", "2025-10-10", 1, ""}},
		{name: "what an anniversary is of lies before it", text: "The prize will be presented on Dec. 10, the anniversary of Hewitt's death.",
			published: "2025-10-10", txs: []etx{{text: "Dec. 10", value: "2025-12-10"}}, trigger: "death",
			want: &evSummary{"action", "die", "agent=James Hewitt", "<=2025-10-10", -1, ""}},
		{name: "the office's country is not elected", text: "Sheinbaum was elected Mexico's president on Tuesday.", published: "2025-10-21",
			txs: []etx{{text: "Tuesday", value: "2025-10-21"}}, trigger: "elected",
			want: &evSummary{"nomination", "elect", "other=Mexico target=Claudia Sheinbaum", "2025-10-21", 0, ""}},
		{name: "denying someone bail is a rejection", text: "Hewitt denied Caro Quintero bail on Monday.", published: "2025-05-03",
			txs: []etx{{text: "Monday", value: "2025-04-28"}}, trigger: "denied",
			want: &evSummary{"rejection", "deny", "agent=James Hewitt target=Rafael Caro Quintero", "2025-04-28", 0, ""}},
		{name: "denying a report is a statement", text: "Hewitt denied the report.", published: "2025-05-03", trigger: "denied",
			want: &evSummary{"statement", "deny", "agent=James Hewitt", "2025-05-03", -1, ""}},
		{name: "a closing reporting verb with its addressee is not of the reported time",
			text: "Mexico extradited Caro Quintero on Wednesday, Trump told reporters.", published: "2025-05-03",
			txs: []etx{{text: "Wednesday", value: "2025-04-30"}}, trigger: "told",
			want: &evSummary{"statement", "tell", "agent=Donald Trump", "2025-05-03", -1, ""}},
		{name: "nor with where it was said", text: "Mexico extradited Caro Quintero on Wednesday, Trump said in a statement.",
			published: "2025-05-03", txs: []etx{{text: "Wednesday", value: "2025-04-30"}}, trigger: "said",
			want: &evSummary{"statement", "say", "agent=Donald Trump", "2025-05-03", -1, ""}},
		{name: "the first since a year is not of that year", text: "Mexico announced its first budget since 2019.", published: "2025-05-03",
			txs: []etx{{text: "2019", value: "2019"}}, trigger: "announced",
			want: &evSummary{"statement", "announce", "agent=Mexico", "2025-05-03", -1, ""}},
		{name: "a plural after a determiner and a modifier is a noun", text: "Trump opened his first face-to-face talks with Sheinbaum.",
			published: "2025-10-30", trigger: "talks",
			want: &evSummary{"meeting", "meet", "agent=Donald Trump target=Claudia Sheinbaum", "2025-10-30", -1, ""}},
		{name: "but not after a noun that is its subject", text: "The plan talks of Mexico.", published: "2025-10-30", trigger: "talks", want: nil},
		{name: "a second infinitive is as planned as the first", text: "Mexico agreed to pause the controls it announced on Oct. 9 and to resume purchases of soybeans.",
			published: "2025-10-30", txs: []etx{{text: "Oct. 9", value: "2025-10-09"}}, trigger: "resume",
			want: &evSummary{"action", "resume", "agent=Mexico", ">=2025-10-30", -1, graph.Planned}},
		{name: "where a met person was met is no target", text: "Trump met Sheinbaum at the Senate.", published: "2025-10-30", trigger: "met",
			want: &evSummary{"meeting", "meet", "agent=Donald Trump other=Senate target=Claudia Sheinbaum", "2025-10-30", -1, ""}},
		{name: "a speaker after the verb", text: "\"The story is costs,\" said analyst James Hewitt at the Wall Street Journal.",
			published: "2025-10-30", trigger: "said",
			want: &evSummary{"statement", "say", "agent=James Hewitt other=Wall Street Journal", "2025-10-30", -1, ""}},
		{name: "not the subject of what was said", text: "Analysts, however, said Trump would have to prove it.", published: "2025-10-30",
			trigger: "said", want: nil},
		{name: "a keynote something was shown at is no event of its own", text: "During the keynote, Trump demoed the wall.",
			published: "2025-10-30", trigger: "keynote", want: nil},
		{name: "a news conference told is no event of its own", text: "Trump told a news conference that taxes were low.",
			published: "2025-10-30", trigger: "conference", want: nil},
		{name: "a verb after 'and' and a past form the lexicon lacks takes that verb's subject",
			text: "The watchdog's chairman, James Hewitt, apologised and ordered an inquiry.", published: "2025-11-27",
			trigger: "ordered", want: &evSummary{"order", "order", "agent=James Hewitt", "2025-11-27", -1, ""}},
		{name: "it is not the reporter closing the sentence before",
			text: "The storm made landfall, the Wall Street Journal said. It struck Mexico on Wednesday.", published: "2025-10-30",
			txs: []etx{{text: "Wednesday", value: "2025-10-29"}}, trigger: "struck",
			want: &evSummary{"attack", "strike", "target=Mexico", "2025-10-29", 0, ""}},
		{name: "but it is when it speaks again", text: "Rates fell, the Wall Street Journal said. It said Mexico would act.",
			published: "2025-10-30", trigger: "said",
			want: &evSummary{"statement", "say", "agent=Wall Street Journal", "2025-10-30", -1, ""}},
		{name: "a participle after a comma does not take the time before it from its verb",
			text: "Sheinbaum raised taxes in her budget on Wednesday, extending a freeze on thresholds.", published: "2025-11-27",
			txs: []etx{{text: "Wednesday", value: "2025-11-26"}}, trigger: "raised",
			want: &evSummary{"action", "raise", "agent=Claudia Sheinbaum", "2025-11-26", 0, ""}},
		{name: "he is the subject of the sentence before, not the name nearest",
			text:      "Trump served as envoy under Trudeau. As envoy from 2001 to 2009, he pushed for talks. He underwent surgery in 2012.",
			published: "2025-11-04", txs: []etx{{text: "2001", value: "2001"}, {text: "2009", value: "2009"}, {text: "2012", value: "2012"}},
			trigger: "underwent", want: &evSummary{"action", "undergo", "agent=Donald Trump", "2012", 2, ""}},
		{name: "he is the speaker closing the sentence before, not a name he names",
			text:      "Caro Quintero is alive, Hewitt told Trudeau. He refused to reveal Caro Quintero's whereabouts.",
			published: "2025-11-04", trigger: "refused",
			want: &evSummary{"rejection", "refuse", "agent=James Hewitt", "2025-11-04", -1, ""}},
		{name: "his family is not he", text: "Trump died on Monday, his family said.", published: "2025-11-04",
			txs: []etx{{text: "Monday", value: "2025-11-03"}}, trigger: "said", want: nil},
		{name: "nor is the statement he is said in", text: "Trump died on Monday, his family said in a statement.", published: "2025-11-04",
			txs: []etx{{text: "Monday", value: "2025-11-03"}}, trigger: "statement", want: nil},
		{name: "a base form after a possessive and an adjective is a noun", text: "Trump sweetened his original offer.",
			published: "2025-11-04", trigger: "offer", want: &evSummary{"offer", "offer", "agent=Donald Trump", "2025-11-04", -1, ""}},
		{name: "what was told is not of the telling's time", text: "Trump told the Wall Street Journal the company expected its best December quarter.",
			published: "2025-10-31", txs: []etx{{text: "December", value: "2025-12"}}, trigger: "told",
			want: &evSummary{"statement", "tell", "agent=Donald Trump target=Wall Street Journal", "2025-10-31", -1, ""}},
		{name: "but a time after whom it was told is", text: "Trump told the Wall Street Journal yesterday the talks were a step.",
			published: "2025-10-31", txs: []etx{{text: "yesterday", value: "2025-10-30"}}, trigger: "told",
			want: &evSummary{"statement", "tell", "agent=Donald Trump target=Wall Street Journal", "2025-10-30", 0, ""}},
		{name: "a question reports nothing", text: "How did Mexico respond?", published: "2025-11-20", trigger: "respond", want: nil},
		{name: "a list's entries do not move the narrative's day",
			text: "Nov. 12 – Mexico passed the bill.\n\nTrump said the Senate would vote on it.", published: "2025-11-13",
			txs: []etx{{text: "Nov. 12", value: "2025-11-12"}}, trigger: "said",
			want: &evSummary{"statement", "say", "agent=Donald Trump other=Senate", "2025-11-13", -1, ""}},
		{name: "the body one is elected to is not elected", text: "Trump was elected to the Senate in 1978.", published: "2025-11-04",
			txs: []etx{{text: "1978", value: "1978"}}, trigger: "elected",
			want: &evSummary{"nomination", "elect", "other=Senate target=Donald Trump", "1978", 0, ""}},
		{name: "what a past statement said would be lies after the statement", text: "In 2024 Trump said he would vote for Sheinbaum.",
			published: "2025-11-04", txs: []etx{{text: "2024", value: "2024"}}, trigger: "vote",
			want: &evSummary{"action", "vote", "agent=Donald Trump other=Claudia Sheinbaum", ">=2024-01-01", 0, graph.Planned}},
		{name: "a verb's time past its object's event noun is the verb's",
			text: "Mexico adopted its 19th package of sanctions against Trudeau on Thursday.", published: "2025-10-23",
			txs: []etx{{text: "Thursday", value: "2025-10-23"}}, trigger: "adopted",
			want: &evSummary{"action", "adopt", "agent=Mexico", "2025-10-23", 0, ""}},
		{name: "and the enacted noun is the enacting agent's", text: "Mexico adopted its 19th package of sanctions against Trudeau on Thursday.",
			published: "2025-10-23", txs: []etx{{text: "Thursday", value: "2025-10-23"}}, trigger: "sanctions",
			want: &evSummary{"sanction", "sanction", "agent=Mexico target=Justin Trudeau", "2025-10-23", 0, ""}},
		{name: "withdrew", text: "Trump withdrew the United States from the agreement in January.", published: "2025-11-10",
			txs: []etx{{text: "January", value: "2025-01"}}, trigger: "withdrew",
			want: &evSummary{"action", "withdraw", "agent=Donald Trump target=United States", "2025-01", 0, ""}},
		{name: "an order for aircraft is a purchase", text: "Mexico announced an order for 40 Boeing 737 MAX 10 aircraft.",
			published: "2025-09-09", trigger: "order", want: &evSummary{"action", "order", "agent=Mexico", "2025-09-09", -1, ""}},
		{name: "an order to troops is an order", text: "Trump ordered 2,000 troops to New York.", published: "2025-09-09",
			trigger: "ordered", want: &evSummary{"order", "order", "agent=Donald Trump target=New York", "2025-09-09", -1, ""}},
		{name: "a clause after a subordinator is no participle of its noun",
			text: "Mexico reported revenue after the market closed on Wednesday.", published: "2025-11-20",
			txs: []etx{{text: "Wednesday", value: "2025-11-19"}}, trigger: "reported",
			want: &evSummary{"report", "report", "agent=Mexico", "2025-11-19", 0, ""}},
		{name: "a meeting told is the telling's setting, and its time the telling's",
			text:      "Trump told a meeting of the ruling Sinaloa Cartel party in New York yesterday that Mexico was stable.",
			published: "2025-03-09", txs: []etx{{text: "yesterday", value: "2025-03-08"}}, trigger: "told",
			want: &evSummary{"statement", "tell", "agent=Donald Trump", "2025-03-08", 0, ""}},
		{name: "nothing after a new subject dates the telling",
			text: "Trump told a conference of Saudi businessmen the government would act in its 1987 budget.", published: "1987-03-15",
			txs: []etx{{text: "1987", value: "1987"}}, trigger: "told",
			want: &evSummary{"statement", "tell", "agent=Donald Trump", "1987-03-15", -1, ""}},
		{name: "a lower-case office between a place and a person only qualifies",
			text: "Trump met Mexico trade commissioner Claudia Sheinbaum in New York.", published: "2025-11-03", trigger: "met",
			want: &evSummary{"meeting", "meet", "agent=Donald Trump other=Mexico other=New York target=Claudia Sheinbaum", "2025-11-03", -1, ""}},
		{name: "a participle joined to a passive far before it is passive too",
			text: "Caro Quintero was sentenced on Friday to 50 months in prison and fined $500,000.", published: "2025-10-03",
			txs: []etx{{text: "Friday", value: "2025-10-03"}}, trigger: "fined",
			want: &evSummary{"sanction", "fine", "target=Rafael Caro Quintero", "2025-10-03", 0, ""}},
		{name: "a fine named is no fining", text: "The Mexico fine is the smallest so far.", published: "2025-10-03",
			trigger: "fine", want: nil},
		{name: "a day before the closing reporter is the reported act's",
			text:      "Mexico will designate the Sinaloa Cartel as a terrorist organization on Nov. 24, Senate leader Ronald Johnson said on Sunday.",
			published: "2025-11-17", txs: []etx{{text: "Nov. 24", value: "2025-11-24"}, {text: "Sunday", value: "2025-11-16"}},
			trigger: "designate",
			want:    &evSummary{"designation", "designate", "agent=Mexico target=Sinaloa Cartel", "2025-11-24", 0, graph.Planned}},
		{name: "a planned summit cancelled does not take place", text: "Trump canceled a planned summit with Sheinbaum in New York.",
			published: "2025-10-22", trigger: "summit",
			want: &evSummary{"meeting", "meet", "agent=Donald Trump other=New York target=Claudia Sheinbaum", "2025-10-22", -1, graph.Negated}},
		{name: "charged with a crime", text: "Caro Quintero was charged with fraud on Monday.", published: "2025-05-03",
			txs: []etx{{text: "Monday", value: "2025-04-28"}}, trigger: "charged",
			want: &evSummary{"action", "charge", "target=Rafael Caro Quintero", "2025-04-28", 0, ""}},
		{name: "charged that is an accusation", text: "Trump charged that Mexico violates the law.", published: "2025-05-03",
			trigger: "charged", want: &evSummary{"statement", "charge", "agent=Donald Trump", "2025-05-03", -1, ""}},
		{name: "a price charged is no charge", text: "Mexico's clients are charged per delivery.", published: "2025-05-03",
			trigger: "charged", want: nil},
		{name: "convicted", text: "A jury convicted Caro Quintero on July 2.", published: "2025-10-03",
			txs: []etx{{text: "July 2", value: "2025-07-02"}}, trigger: "convicted",
			want: &evSummary{"action", "convict", "target=Rafael Caro Quintero", "2025-07-02", 0, ""}},
		{name: "sentenced", text: "Caro Quintero was sentenced on Friday to 50 months in prison.", published: "2025-10-03",
			txs: []etx{{text: "Friday", value: "2025-10-03"}}, trigger: "sentenced",
			want: &evSummary{"action", "sentence", "target=Rafael Caro Quintero", "2025-10-03", 0, ""}},
		{name: "a name before a plural-less noun and its verb qualifies the noun", text: "Trump said U.S. support depended on the outcome.",
			published: "2025-10-27", trigger: "support", want: nil},
		{name: "an infinitive after a gerund is the gerund's", text: "Caro Quintero was sentenced on Friday for transporting people to engage in fraud.",
			published: "2025-10-03", trigger: "engage", want: nil},
		{name: "phones are devices", text: "The issue has not been as big for other phones as it has for Mexico, Trump said.", published: "2025-05-03",
			trigger: "phones", want: nil},
		{name: "said that", text: "Hewitt noted that Trump has collaborated with Sheinbaum.", published: "2025-05-03",
			trigger: "collaborated",
			want:    &evSummary{"action", "collaborate", "agent=Donald Trump target=Claudia Sheinbaum", "<=2025-05-03", -1, graph.Claimed}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := mkdoc(t, "doc", tt.published, tt.text, testEnts, tt.txs, tt.blks)
			evs := Events(d, nil)
			e, ok := eventAt(t, d, evs, tt.trigger)
			if tt.want == nil {
				if ok {
					t.Fatalf("unexpected event at %q: %+v", tt.trigger, summarize(d, e))
				}
				return
			}
			if !ok {
				var got []string
				for _, e := range evs {
					got = append(got, fmt.Sprintf("%q %+v", d.Text[e.Trigger.Start:e.Trigger.End], summarize(d, e)))
				}
				t.Fatalf("no event at %q; got %v", tt.trigger, got)
			}
			if got := summarize(d, e); got != *tt.want {
				t.Errorf("event at %q:\n got  %+v\n want %+v", tt.trigger, got, *tt.want)
			}
		})
	}
}

func TestEventsTextOrderAndSpans(t *testing.T) {
	d := mkdoc(t, "doc", "2025-05-03", "Trump called Sheinbaum. She rejected his offer. Mexico extradited Caro Quintero to the United States.",
		testEnts, nil, nil)
	evs := Events(d, nil)
	if len(evs) < 3 {
		t.Fatalf("got %d events, want at least 3", len(evs))
	}
	for i, e := range evs {
		if i > 0 && evs[i-1].Trigger.Start > e.Trigger.Start {
			t.Errorf("events out of text order at %d", i)
		}
		if e.Confidence <= 0 || e.Confidence > 1 {
			t.Errorf("confidence %v out of (0, 1]", e.Confidence)
		}
		if e.Sentence != d.SentenceOf(e.Trigger.Start) {
			t.Errorf("event %d: sentence %d, trigger in %d", i, e.Sentence, d.SentenceOf(e.Trigger.Start))
		}
	}
}

func TestEventsPassiveOfItsNoun(t *testing.T) {
	// "report" and "published" are one report, by the Institute
	d := mkdoc(t, "doc", "2025-05-03", "Labour's focus came on the day a new report was published by the Institute of Fiscal Studies.",
		[]ent{{"Labour", graph.Organization, nil}, {"Institute of Fiscal Studies", graph.Organization, nil}}, nil, nil)
	var got []string
	for _, e := range Events(d, nil) {
		got = append(got, fmt.Sprintf("%q %+v", d.Text[e.Trigger.Start:e.Trigger.End], summarize(d, e)))
	}
	if len(got) != 1 || !strings.Contains(got[0], "agent=Institute of Fiscal Studies") {
		t.Errorf("got %v, want one report by the Institute", got)
	}
}

func TestEventsPassiveAtSentenceStart(t *testing.T) {
	// a past participle opening the text has no subject noun before it
	// (looking for one read token -1)
	d := mkdoc(t, "doc", "2025-05-03", "Reported by the Wall Street Journal, the talks failed.", testEnts, nil, nil)
	Events(d, nil)
}

func TestEventsUsesTags(t *testing.T) {
	// tagged as a noun, "report" is the event noun, not the verb
	text := "The Wall Street Journal report on Trump surprised Mexico."
	d := mkdoc(t, "doc", "2025-05-03", text, testEnts, nil, nil)
	start := strings.Index(text, "report")
	toks := []graph.Token{{Span: graph.Span{Start: start, End: start + 6}, Text: "report", Tag: "NN"}}
	e, ok := eventAt(t, d, Events(d, toks), "report")
	if !ok {
		t.Fatal("no report event")
	}
	if got := summarize(d, e); got.Type != graph.Report || !strings.Contains(got.Parts, "agent=Wall Street Journal") {
		t.Errorf("got %+v, want a report by the Wall Street Journal", got)
	}
}

func TestEventsRestatement(t *testing.T) {
	// "..., the first major sanctions on Mexico since ...": one act of
	// sanctioning, reported once
	text := "The Treasury imposed sanctions on Mexico's two largest oil companies, Pemex and Cemex, on Wednesday, " +
		"the first major sanctions on Mexico since Trump returned to office in January."
	d := mkdoc(t, "doc", "2025-10-23", text, testEnts, []etx{{text: "Wednesday", value: "2025-10-22"}, {text: "January", value: "2025-01"}}, nil)
	n := 0
	for _, e := range Events(d, nil) {
		if e.Type == graph.Sanction {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d sanction events, want 1", n)
	}
}

func TestEventsPostNominalParticiple(t *testing.T) {
	// "sold" qualifies the weapons, object of "for" after the verb
	// "tightened": Mexico sold nothing
	text := "Mexico tightened rules for weapons sold to the United States."
	d := mkdoc(t, "doc", "2025-05-03", text, testEnts, nil, nil)
	var toks []graph.Token
	for _, w := range []struct{ w, tag string }{{"tightened", "VBD"}, {"sold", "VBN"}} {
		start := strings.Index(text, w.w)
		toks = append(toks, graph.Token{Span: graph.Span{Start: start, End: start + len(w.w)}, Text: w.w, Tag: w.tag})
	}
	e, ok := eventAt(t, d, Events(d, toks), "sold")
	if !ok {
		t.Fatal("no event at sold")
	}
	if got := summarize(d, e); got.Parts != "target=United States" {
		t.Errorf("sold: participants %q, want target=United States", got.Parts)
	}
}

func FuzzEvents(f *testing.F) {
	f.Add("Trump called Sheinbaum on May 2. She declined, and he said that Mexico would not accept it.", int64(1))
	f.Add("Earlier, Trump's tariffs were imposed on Mexico by the U.S. (Trump) said: \u201cno\u201d", int64(2))
	f.Add("\u00e2\u20ac\u2122s \xff REJECTS \u2014 , , , who which that", int64(3))
	f.Add("Trump, , called Sheinbaum, a rival, on Monday. Mexico, , pleaded guilty.", int64(4))
	f.Fuzz(checkEvents)
}

// checkEvents runs Events, Merge and Order on text with mentions, timexes,
// sentences and blocks drawn from seed, and checks the invariants.
func checkEvents(t *testing.T, text string, seed int64) {
	{
		r := rand.New(rand.NewSource(seed))
		d := &graph.Document{ID: "f", Text: text}
		if r.Intn(2) == 0 {
			d.Published = graph.DayDate(graphTime(r))
		}
		n := len(text)
		for i := 0; i < r.Intn(4); i++ {
			d.Entities = append(d.Entities, graph.LocalEntity{Name: fmt.Sprint("E", i), Kind: graph.Person})
		}
		if n > 0 {
			for i := 0; i < r.Intn(8); i++ {
				s := r.Intn(n)
				e := s + 1 + r.Intn(min(12, n-s))
				d.Mentions = append(d.Mentions, graph.Mention{Span: graph.Span{Start: s, End: e}, Kind: graph.Person,
					Entity: r.Intn(len(d.Entities) + 2)})
			}
			for i := 0; i < r.Intn(3); i++ {
				s := r.Intn(n)
				e := s + 1 + r.Intn(min(10, n-s))
				d.Timexes = append(d.Timexes, graph.Timex{Span: graph.Span{Start: s, End: e}, Type: "DATE",
					Date: graph.DayDate(graphTime(r))})
			}
			for s := 0; s < n; {
				e := min(n, s+1+r.Intn(80))
				d.Sentences = append(d.Sentences, graph.Span{Start: s, End: e})
				s = e
			}
			if r.Intn(3) == 0 {
				d.Blocks = []graph.Block{{Span: graph.Span{Start: r.Intn(n), End: n}, Date: graph.DayDate(graphTime(r))}}
			}
		}
		sort.Slice(d.Mentions, func(a, b int) bool { return d.Mentions[a].Start < d.Mentions[b].Start })
		evs := Events(d, nil)
		for _, e := range evs {
			if e.Trigger.Start < 0 || e.Trigger.End > len(text) || e.Trigger.Start >= e.Trigger.End {
				t.Fatalf("trigger %v outside text of %d bytes", e.Trigger, len(text))
			}
			if e.Timex < -1 || e.Timex >= len(d.Timexes) {
				t.Fatalf("timex %d out of range", e.Timex)
			}
			if len(e.Participants) == 0 {
				t.Fatal("event without participants")
			}
			for _, p := range e.Participants {
				if p.Entity < 0 || p.Entity >= len(d.Entities) {
					t.Fatalf("participant %d out of range", p.Entity)
				}
			}
		}
		// merging and ordering what was found must not panic either
		d.Events = evs
		out := Merge([]*graph.Document{d}, func(doc string, local int) graph.Participant {
			return graph.Participant{ID: fmt.Sprint("per:", local), Name: fmt.Sprint("E", local), Kind: graph.Person}
		})
		Order(out)
	}
}

func BenchmarkEvents(b *testing.B) {
	docs := loadUSMexico(b)
	words := 0
	for _, d := range docs {
		words += len(strings.Fields(d.Text))
	}
	b.ResetTimer()
	events := 0
	for i := 0; i < b.N; i++ {
		events = 0
		for _, d := range docs {
			events += len(Events(d, nil))
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(float64(events), "events/op")
}

// TestPronounSkipsUnlikelyPersons: a pronoun does not refer to a name the
// recognizer took for a person after an article, nor to a one-word name
// mentioned once.
func TestPronounSkipsUnlikelyPersons(t *testing.T) {
	ents := []ent{{"Steve Jobs", graph.Person, []string{"Jobs"}}, {"Antennagate", graph.Person, nil},
		{"Lion", graph.Person, nil}, {"Mexico", graph.Place, nil}}
	for _, text := range []string{
		`Jobs dismissed the existence of an "Antennagate". He praised Mexico.`,
		`Jobs unveiled Lion and Mexico. He praised Mexico.`,
	} {
		d := mkdoc(t, "doc", "2010-07-16", text, ents, nil, nil)
		e, ok := eventAt(t, d, Events(d, nil), "praised")
		if !ok {
			t.Fatalf("%s: no event at praised", text)
		}
		if got := summarize(d, e).Parts; got != "agent=Steve Jobs target=Mexico" {
			t.Errorf("%s: participants %q, want agent=Steve Jobs target=Mexico", text, got)
		}
	}
}

// TestParticipleAfterComma: a participle after a comma is an adjunct of
// the clause before it, whose subject it shares, also after a quotation.
func TestParticipleAfterComma(t *testing.T) {
	for _, text := range []string{
		"Trump met Sheinbaum at the New York event, saying Mexico must act.",
		`Trump dismissed the "crisis," saying Mexico must act.`,
	} {
		d := mkdoc(t, "doc", "2025-05-03", text, testEnts, nil, nil)
		var got string
		for _, e := range EventMentions(d, nil) {
			if d.Text[e.Trigger.Start:e.Trigger.End] == "saying" {
				got = summarize(d, e).Parts
			}
		}
		if !strings.HasPrefix(got, "agent=Donald Trump") {
			t.Errorf("%s: saying has %q, want agent=Donald Trump", text, got)
		}
	}
}

// TestEventMentionsGeneric: EventMentions reads verbs the lexicon does not
// know by their form and place; Events does not.
func TestEventMentionsGeneric(t *testing.T) {
	tests := []struct {
		text, trigger string
		want          bool
	}{
		{"Sheinbaum underwent surgery in Mexico.", "underwent", true},
		{"Trump has reassumed the role.", "reassumed", true},
		{"Trump has chosen to step down from his post.", "step", true},
		{"Trump thanked Mexico by walking onto the stage.", "walking", true},
		{"Sheinbaum quickly branded the plan a mistake.", "branded", true},
		{"The New York index slid 2 percent.", "slid", true},
		{"The New York index plunged 2 percent.", "plunged", true},
		{"The Mexico based firm grew.", "based", false},
		{"Trump spoke to a hundred people.", "hundred", false},
		{"The red car crashed.", "red", false},
		// nouns the verb lexicon also holds
		{"The issue has not been as big for other phones.", "phones", false},
		{"He faces a long prison sentence.", "sentence", false},
	}
	for _, tt := range tests {
		d := mkdoc(t, "doc", "2025-05-03", tt.text, testEnts, nil, nil)
		_, got := eventAt(t, d, EventMentions(d, nil), tt.trigger)
		if got != tt.want {
			t.Errorf("%q: event at %q = %v, want %v", tt.text, tt.trigger, got, tt.want)
		}
		if _, inEvents := eventAt(t, d, Events(d, nil), tt.trigger); inEvents && tt.trigger != "underwent" {
			t.Errorf("%q: Events reads %q", tt.text, tt.trigger)
		}
	}
}
