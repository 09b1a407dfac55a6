parser grammar GoParser;
options { tokenVocab = GoLexer; }
sourceFile: IDENT* EOF;
