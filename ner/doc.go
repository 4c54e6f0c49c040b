// Package ner finds the people, organizations, places and other named things
// an article mentions, and resolves those mentions into entities.
//
// Data flows in three steps. Extract tokenizes an article body with its own
// offset-keeping tokenizer (tokenize.go), splits it into sentences, and tags
// the tokens with an averaged-perceptron sequence model (BILOU tags,
// Viterbi decoding with transition constraints). Its features are the
// word, its case, shape, affixes and neighbours, gazetteers of the training
// entities, external name lists (cities, countries, nationalities, first
// names, ...: gazetteers/, copied into the model by Train, lists.go), how
// often unlabeled news writes the word in lower case, the word classes of
// the word and its neighbours (exchange clustering of the unlabeled news
// and the training text at three granularities, cluster.go),
// the neighbours of the word's other occurrences in the document, and, in
// a second pass, the labels the first pass gave those occurrences. The
// weights of the features that depend on one word are summed once per
// distinct word of a document, not once per token (Model.staticScores).
// The model is trained on CoNLL-2003 by Train and embedded in the binary
// (model/). The tagged spans become Mentions, which resolve.go groups into
// document-local entities: titles, roles and possessives are stripped,
// surnames join the full name, acronyms join their expansions, and
// "U.S."/"US"/"America" are one place. Link then merges the local entities of
// many documents into collection-wide graph.Entity values with stable IDs.
//
// ReadCoNLL and Score evaluate a tagger with conlleval's counting; ProseTagger
// runs prose's built-in model on the same data for comparison. prose is used
// nowhere else.
package ner
