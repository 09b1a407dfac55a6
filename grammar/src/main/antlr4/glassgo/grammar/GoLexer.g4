/*
 * Go 1.19 lexer for glassgo (no actions, no embedded code).
 *
 * Input contract: the CharStream holds the file's BYTES, one char per byte (ISO-8859-1
 * decoding), so ANTLR's char positions are Go's byte columns. Every char >= 0x80 is treated as
 * an identifier letter; the Java side (glassgo.grammar.support.LexicalChecks) validates the UTF-8
 * and reports Go's "invalid character ... in identifier".
 *
 * Semicolons are NOT inserted here: NEWLINE and comments go to the hidden channel and
 * glassgo.grammar.support.SemicolonInserter turns them into SEMI tokens as the spec says.
 *
 * Malformed tokens (unterminated strings/runes/comments, stray characters, loose numbers) are
 * lexed as tokens of their own (UNTERMINATED_*, ERROR_CHAR) or leniently (NUMBER, RUNE_LIT), so
 * the lexer never fails; the Java side turns them into Go's scanner errors.
 */
lexer grammar GoLexer;

// Keywords
BREAK       : 'break';
CASE        : 'case';
CHAN        : 'chan';
CONST       : 'const';
CONTINUE    : 'continue';
DEFAULT     : 'default';
DEFER       : 'defer';
ELSE        : 'else';
FALLTHROUGH : 'fallthrough';
FOR         : 'for';
FUNC        : 'func';
GO          : 'go';
GOTO        : 'goto';
IF          : 'if';
IMPORT      : 'import';
INTERFACE   : 'interface';
MAP         : 'map';
PACKAGE     : 'package';
RANGE       : 'range';
RETURN      : 'return';
SELECT      : 'select';
STRUCT      : 'struct';
SWITCH      : 'switch';
TYPE        : 'type';
VAR         : 'var';

IDENT : LETTER (LETTER | [0-9])*;

// Operators and punctuation (longest match resolves &^= vs &^ vs & etc.)
ADD_ASSIGN     : '+=';
SUB_ASSIGN     : '-=';
MUL_ASSIGN     : '*=';
QUO_ASSIGN     : '/=';
REM_ASSIGN     : '%=';
AND_ASSIGN     : '&=';
OR_ASSIGN      : '|=';
XOR_ASSIGN     : '^=';
SHL_ASSIGN     : '<<=';
SHR_ASSIGN     : '>>=';
AND_NOT_ASSIGN : '&^=';
LOGICAL_AND    : '&&';
LOGICAL_OR     : '||';
ARROW          : '<-';
INC            : '++';
DEC            : '--';
EQL            : '==';
NEQ            : '!=';
LEQ            : '<=';
GEQ            : '>=';
DEFINE         : ':=';
ELLIPSIS       : '...';
SHL            : '<<';
SHR            : '>>';
AND_NOT        : '&^';
PLUS           : '+';
MINUS          : '-';
STAR           : '*';
DIV            : '/';
MOD            : '%';
AMP            : '&';
PIPE           : '|';
CARET          : '^';
LESS           : '<';
GREATER        : '>';
ASSIGN         : '=';
NOT            : '!';
TILDE          : '~';
L_PAREN        : '(';
R_PAREN        : ')';
L_BRACKET      : '[';
R_BRACKET      : ']';
L_CURLY        : '{';
R_CURLY        : '}';
COMMA          : ',';
SEMI           : ';';
COLON          : ':';
DOT            : '.';

// Numbers: one token type for int, float and imaginary literals, lexed as leniently as Go's
// scanner does (digits of any base, '_' anywhere); LexicalChecks validates with Go's messages.
NUMBER
    : '0' [xX] HEXISH* ('.' HEXISH*)? ([pP] [+-]? DECISH*)? 'i'?
    | '0' [bBoO] DECISH* 'i'?
    | [0-9] DECISH* ('.' DECISH*)? ([eEpP] [+-]? DECISH*)? 'i'?
    | '.' [0-9] DECISH* ([eEpP] [+-]? DECISH*)? 'i'?
    ;

RUNE_LIT    : '\'' (~['\\\n] | '\\' ~[\n])* '\'';
STRING_LIT  : '"' (~["\\\n] | '\\' ~[\n])* '"';
RAW_STRING_LIT : '`' ~'`'* '`';

// Unterminated forms: shorter than the terminated forms whenever those exist (longest match).
UNTERMINATED_RUNE   : '\'' (~['\\\n] | '\\' ~[\n])* '\\'?;
UNTERMINATED_STRING : '"' (~["\\\n] | '\\' ~[\n])* '\\'?;
UNTERMINATED_RAW    : '`' ~'`'*;

BLOCK_COMMENT        : '/*' (~'*' | '*'+ ~[*/])* '*'+ '/' -> channel(HIDDEN);
UNTERMINATED_COMMENT : '/*' (~'*' | '*'+ ~[*/])* '*'*;
LINE_COMMENT         : '//' ~[\n]* -> channel(HIDDEN);

NEWLINE : '\n' -> channel(HIDDEN);
WS      : [ \t\r]+ -> skip;

// Anything else is one illegal character (Go: "invalid character U+0040 '@'").
ERROR_CHAR : .;

fragment LETTER : [a-zA-Z_\u0080-\u00FF];
fragment DECISH : [0-9_];
fragment HEXISH : [0-9a-fA-F_];
