package graph

// Token is a word or punctuation mark of a document's text, with its
// part-of-speech tag (Penn Treebank; empty when not tagged) and the index of
// its sentence in Document.Sentences.
type Token struct {
	Span
	Text     string `json:"text"`
	Tag      string `json:"tag,omitempty"`
	Sentence int    `json:"sentence"`
}
