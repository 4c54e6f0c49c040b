package ner

import (
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/chronograph/chronograph/graph"
)

// catDoc is the part of a CAT XML (MEANTIME) file EvalEntities reads.
type catDoc struct {
	Tokens []struct {
		ID       int    `xml:"t_id,attr"`
		Sentence int    `xml:"sentence,attr"`
		Text     string `xml:",chardata"`
	} `xml:"token"`
	Markables struct {
		Mentions []struct {
			ID      string `xml:"m_id,attr"`
			Type    string `xml:"syntactic_type,attr"`
			Anchors []struct {
				ID int `xml:"t_id,attr"`
			} `xml:"token_anchor"`
		} `xml:"ENTITY_MENTION"`
		Entities []struct {
			ID   string `xml:"m_id,attr"`
			Type string `xml:"ent_type,attr"`
		} `xml:"ENTITY"`
	} `xml:"Markables"`
	Relations struct {
		RefersTo []struct {
			Sources []struct {
				ID string `xml:"m_id,attr"`
			} `xml:"source"`
			Target struct {
				ID string `xml:"m_id,attr"`
			} `xml:"target"`
		} `xml:"REFERS_TO"`
	} `xml:"Relations"`
}

// EntityScores is the evaluation of entity mentions and their coreference
// against gold annotation.
type EntityScores struct {
	Documents int
	// Mentions scores exact mention spans, whatever their kinds;
	// TypedMentions requires the kind to agree too (PER person, ORG
	// organization, LOC place, anything else other).
	Mentions, TypedMentions TypeScore
	// BCubed scores the grouping of mentions into entities (B-cubed, a
	// mention found on one side only counting as a singleton on the other).
	BCubed TypeScore
}

// EvalEntities runs x over the CAT XML files of dir (MEANTIME: each
// file's tokens joined by spaces, one sentence a line) and scores its named
// mentions against the gold NAM and PRE.NAM entity mentions, and its
// document-local entities against the gold REFERS_TO coreference.
func (x *Extractor) EvalEntities(dir string) (*EntityScores, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.xml"))
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	sort.Strings(files)
	if len(files) == 0 {
		return nil, fmt.Errorf("ner: no CAT XML files in %s", dir)
	}
	sc := &EntityScores{}
	var b3p, b3r float64
	var nPred, nGold int
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("ner: %w", err)
		}
		var cd catDoc
		if err := xml.Unmarshal(raw, &cd); err != nil {
			return nil, fmt.Errorf("ner: %s: %w", f, err)
		}
		sc.Documents++
		var sb strings.Builder
		span := map[int]graph.Span{}
		for i, t := range cd.Tokens {
			if i > 0 {
				if t.Sentence != cd.Tokens[i-1].Sentence {
					sb.WriteByte('\n')
				} else {
					sb.WriteByte(' ')
				}
			}
			start := sb.Len()
			sb.WriteString(t.Text)
			span[t.ID] = graph.Span{Start: start, End: sb.Len()}
		}
		text := sb.String()
		res, err := x.Extract(text)
		if err != nil {
			return nil, fmt.Errorf("ner: %s: %w", f, err)
		}
		// gold: mention span -> (instance, kind)
		instance := map[string]string{}
		for _, r := range cd.Relations.RefersTo {
			for _, s := range r.Sources {
				instance[s.ID] = r.Target.ID
			}
		}
		instKind := map[string]graph.Kind{}
		for _, e := range cd.Markables.Entities {
			k, ok := graph.ParseKind(e.Type)
			if !ok {
				k = graph.Other
			}
			instKind[e.ID] = k
		}
		type goldM struct {
			inst string
			kind graph.Kind
		}
		gold := map[graph.Span]goldM{}
		for _, m := range cd.Markables.Mentions {
			if (m.Type != "NAM" && m.Type != "PRE.NAM") || len(m.Anchors) == 0 {
				continue
			}
			first, last := span[m.Anchors[0].ID], span[m.Anchors[len(m.Anchors)-1].ID]
			s := graph.Span{Start: first.Start, End: last.End}
			inst := instance[m.ID]
			if inst == "" {
				inst = "single:" + m.ID
			}
			gold[s] = goldM{inst: inst, kind: instKind[instance[m.ID]]}
		}
		pred := map[graph.Span]graph.Mention{}
		for _, m := range res.Mentions {
			pred[m.Span] = m
		}
		sc.Mentions.Gold += len(gold)
		sc.Mentions.Predicted += len(pred)
		sc.TypedMentions.Gold += len(gold)
		sc.TypedMentions.Predicted += len(pred)
		for s, g := range gold {
			if p, ok := pred[s]; ok {
				sc.Mentions.Correct++
				if p.Kind == g.kind || g.kind == "" && p.Kind == graph.Other {
					sc.TypedMentions.Correct++
				}
			}
		}
		// B-cubed: clusters on each side; twinless mentions are singletons.
		goldOf := func(s graph.Span) string {
			if g, ok := gold[s]; ok {
				return g.inst
			}
			return fmt.Sprintf("g%d-%d", s.Start, s.End)
		}
		predOf := func(s graph.Span) string {
			if p, ok := pred[s]; ok {
				return fmt.Sprint(p.Entity)
			}
			return fmt.Sprintf("p%d-%d", s.Start, s.End)
		}
		all := map[graph.Span]bool{}
		for s := range gold {
			all[s] = true
		}
		for s := range pred {
			all[s] = true
		}
		goldSize, predSize, both := map[string]int{}, map[string]int{}, map[[2]string]int{}
		for s := range all {
			g, p := goldOf(s), predOf(s)
			goldSize[g]++
			predSize[p]++
			both[[2]string{g, p}]++
		}
		for _, s := range sortedSpans(all) {
			g, p := goldOf(s), predOf(s)
			if _, ok := pred[s]; ok {
				b3p += float64(both[[2]string{g, p}]) / float64(predSize[p])
			}
			if _, ok := gold[s]; ok {
				b3r += float64(both[[2]string{g, p}]) / float64(goldSize[g])
			}
		}
		nPred += len(pred)
		nGold += len(gold)
	}
	sc.Mentions.finish()
	sc.TypedMentions.finish()
	sc.BCubed.Gold, sc.BCubed.Predicted = nGold, nPred
	if nPred > 0 {
		sc.BCubed.Precision = 100 * b3p / float64(nPred)
	}
	if nGold > 0 {
		sc.BCubed.Recall = 100 * b3r / float64(nGold)
	}
	if p, r := sc.BCubed.Precision, sc.BCubed.Recall; p+r > 0 {
		sc.BCubed.F1 = 2 * p * r / (p + r)
	}
	return sc, nil
}

func sortedSpans(m map[graph.Span]bool) []graph.Span {
	out := make([]graph.Span, 0, len(m))
	for s := range m {
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].End < out[j].End
	})
	return out
}
