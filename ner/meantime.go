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
			// Instance is the entity's cross-document identity (set in
			// MEANTIME's intra_cross-doc_annotation).
			Instance string `xml:"instance_id,attr"`
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
	// BCubed scores the grouping of mentions into entities within each
	// document: the document-local entities of Extract against the gold
	// REFERS_TO clusters (B-cubed, a mention found on one side only counting
	// as a singleton on the other).
	BCubed TypeScore
	// CrossBCubed scores the grouping of every document's mentions into
	// collection-wide entities: Link over all the documents against the
	// gold entity instances (instance_id) shared across documents. Without
	// cross-document annotation each document's instances are its own.
	CrossBCubed TypeScore
	// MatchedBCubed and MatchedCrossBCubed are BCubed and CrossBCubed over
	// the mentions both sides found: the quality of the grouping alone,
	// apart from finding the mentions.
	MatchedBCubed, MatchedCrossBCubed TypeScore
}

// b3Mention is one mention found by the gold annotation, the system or
// both, with its cluster on each side within its document and across the
// collection (a twinless mention is a singleton on the side missing it).
type b3Mention struct {
	doc                  string
	span                 graph.Span
	inGold, inPred       bool
	goldDoc, predDoc     string
	goldCross, predCross string
}

// bcubed scores the clusters given by gold and pred over ms (B-cubed:
// precision averaged over the predicted mentions of the share of each one's
// predicted cluster that is in its gold cluster, recall the converse).
func bcubed(ms []b3Mention, gold, pred func(*b3Mention) string) TypeScore {
	goldSize, predSize, both := map[string]int{}, map[string]int{}, map[[2]string]int{}
	for i := range ms {
		g, p := gold(&ms[i]), pred(&ms[i])
		goldSize[g]++
		predSize[p]++
		both[[2]string{g, p}]++
	}
	var sc TypeScore
	var bp, br float64
	for i := range ms {
		m := &ms[i]
		g, p := gold(m), pred(m)
		if m.inPred {
			sc.Predicted++
			bp += float64(both[[2]string{g, p}]) / float64(predSize[p])
		}
		if m.inGold {
			sc.Gold++
			br += float64(both[[2]string{g, p}]) / float64(goldSize[g])
		}
	}
	if sc.Predicted > 0 {
		sc.Precision = 100 * bp / float64(sc.Predicted)
	}
	if sc.Gold > 0 {
		sc.Recall = 100 * br / float64(sc.Gold)
	}
	if p, r := sc.Precision, sc.Recall; p+r > 0 {
		sc.F1 = 2 * p * r / (p + r)
	}
	return sc
}

// EvalEntities runs x over the CAT XML files of dir (MEANTIME: each
// file's tokens joined by spaces, one sentence a line) and scores its named
// mentions against the gold NAM and PRE.NAM entity mentions, and its
// document-local entities against the gold REFERS_TO coreference, and
// Link's collection-wide entities against the gold cross-document
// instances.
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
	// localRef ties a predicted mention to its document-local entity, to
	// be mapped to a collection-wide entity once every document is read.
	type localRef struct {
		mention int
		doc     string
		entity  int
	}
	var mentions []b3Mention
	var locals []localRef
	var docs []*graph.Document
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
		crossOf := map[string]string{}
		for _, e := range cd.Markables.Entities {
			if e.Instance != "" {
				crossOf[e.ID] = "x:" + e.Instance
			}
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
		name := filepath.Base(f)
		all := map[graph.Span]bool{}
		for s := range gold {
			all[s] = true
		}
		for s := range pred {
			all[s] = true
		}
		for _, sp := range sortedSpans(all) {
			m := b3Mention{doc: name, span: sp}
			single := fmt.Sprintf("%s/%d-%d", name, sp.Start, sp.End)
			m.goldDoc, m.goldCross = "g:"+single, "g:"+single
			m.predDoc, m.predCross = "p:"+single, "p:"+single
			if g, ok := gold[sp]; ok {
				m.inGold = true
				m.goldDoc = name + "/" + g.inst
				m.goldCross = m.goldDoc
				if c := crossOf[g.inst]; c != "" {
					m.goldCross = c
				}
			}
			if p, ok := pred[sp]; ok {
				m.inPred = true
				m.predDoc = fmt.Sprintf("%s/%d", name, p.Entity)
				m.predCross = m.predDoc
				locals = append(locals, localRef{mention: len(mentions), doc: name, entity: p.Entity})
			}
			mentions = append(mentions, m)
		}
		docs = append(docs, &graph.Document{ID: name, Entities: res.Entities})
	}
	sc.Mentions.finish()
	sc.TypedMentions.finish()
	sc.BCubed = bcubed(mentions, func(m *b3Mention) string { return m.goldDoc }, func(m *b3Mention) string { return m.predDoc })
	sort.Slice(docs, func(i, j int) bool { return docs[i].ID < docs[j].ID })
	link := Link(docs)
	for _, l := range locals {
		if id := link.ID(l.doc, l.entity); id != "" {
			mentions[l.mention].predCross = id
		}
	}
	goldDoc := func(m *b3Mention) string { return m.goldDoc }
	predDoc := func(m *b3Mention) string { return m.predDoc }
	goldCross := func(m *b3Mention) string { return m.goldCross }
	predCross := func(m *b3Mention) string { return m.predCross }
	sc.CrossBCubed = bcubed(mentions, goldCross, predCross)
	var matched []b3Mention
	for _, m := range mentions {
		if m.inGold && m.inPred {
			matched = append(matched, m)
		}
	}
	sc.MatchedBCubed = bcubed(matched, goldDoc, predDoc)
	sc.MatchedCrossBCubed = bcubed(matched, goldCross, predCross)
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
