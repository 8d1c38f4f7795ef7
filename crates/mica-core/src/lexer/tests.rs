//! Tokenizer tests.
