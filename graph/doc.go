// Package graph is Chronograph's domain model: documents, entity mentions,
// entities, dated events and the relations between them, plus the gonum views
// and encoders (DOT) built on them.
//
// Data flows one way. The readers in package chronograph turn files into
// Documents; package ner adds Mentions and document-local entities; package
// timeline adds dated Events. Those per-document results are stored as they
// are. Consolidation then links them across documents into Entities and
// merged Events (a Snapshot), which is what queries, timelines and exports
// read. graph imports no other Chronograph package and no storage: every
// function here takes values and returns values.
package graph
