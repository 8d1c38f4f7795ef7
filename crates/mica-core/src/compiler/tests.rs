//! Unit tests for the symbol table and the emitted instruction sequences.
