lexer grammar GoLexer;
IDENT: [a-z]+;
WS: [ \t\r\n]+ -> skip;
