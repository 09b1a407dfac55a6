/*
 * Go 1.19 parser for glassgo (no actions, no embedded code, no semantic predicates).
 *
 * Shapes follow Go's own recursive-descent parser (cmd/compile/internal/syntax/parser.go)
 * rather than the spec's EBNF where the two differ, so that prediction is cheap (SLL succeeds
 * on valid code) and errors show up at the same token as in Go:
 *  - simple statements are "expressionList tail?" (the kind is decided by the token after the
 *    list, as Go does), and parameters are "IDENT? ...? type" with the grouping of names done by
 *    the AST builder (as Go's paramList does);
 *  - types inside expressions are expressions (operand accepts type literals, unary * is also
 *    the pointer type, unary <- applied to a chan type is re-associated by the AST builder);
 *  - the composite-literal/block ambiguity of if/for/switch headers is resolved by a second
 *    copy of the expression rules (the *NB, "no block", rules) in which a bare type name
 *    (IDENT, pkg.T) cannot be followed by a literal value; parentheses, brackets and call
 *    arguments switch back to the normal rules, exactly like Go's xnest counter;
 *  - semicolons come from glassgo.grammar.support.SemicolonInserter and are optional before a
 *    closing ) or }.
 * Type parameters are recognised (typeParameters, constraint elements) only so that the AST
 * builder can reject them with a clear message.
 */
parser grammar GoParser;

options { tokenVocab = GoLexer; }

// ---------------------------------------------------------------- source file and declarations

sourceFile
    : packageClause (SEMI topLevelDecl)* SEMI? EOF
    ;

packageClause
    : PACKAGE IDENT
    ;

topLevelDecl
    : importDecl
    | declaration
    | functionDecl
    ;

importDecl
    : IMPORT (importSpec | L_PAREN (importSpec (SEMI importSpec)* SEMI?)? R_PAREN)
    ;

importSpec
    : (DOT | IDENT)? stringLit
    ;

declaration
    : constDecl
    | typeDecl
    | varDecl
    ;

constDecl
    : CONST (constSpec | L_PAREN (constSpec (SEMI constSpec)* SEMI?)? R_PAREN)
    ;

// "a T" without values is accepted (as Go's parser does) and rejected by the AST builder
constSpec
    : identifierList (type_? (ASSIGN expressionList)?)
    ;

varDecl
    : VAR (varSpec | L_PAREN (varSpec (SEMI varSpec)* SEMI?)? R_PAREN)
    ;

varSpec
    : identifierList (type_ (ASSIGN expressionList)? | ASSIGN expressionList)
    ;

typeDecl
    : TYPE (typeSpec | L_PAREN (typeSpec (SEMI typeSpec)* SEMI?)? R_PAREN)
    ;

typeSpec
    : IDENT typeParameters? ASSIGN? type_
    ;

functionDecl
    : FUNC receiver=parameters? IDENT typeParameters? signature block?
    ;

identifierList
    : IDENT (COMMA IDENT)*
    ;

expressionList
    : expression (COMMA expression)*
    ;

// generics: parsed only to be rejected by the AST builder
typeParameters
    : L_BRACKET typeParamDecl (COMMA typeParamDecl)* COMMA? R_BRACKET
    ;

typeParamDecl
    : identifierList constraintTerm (PIPE constraintTerm)*
    ;

constraintTerm
    : TILDE? type_
    ;

// ---------------------------------------------------------------- types

type_
    : typeName
    | typeLit
    | L_PAREN type_ R_PAREN
    ;

// typeArgs (an instantiation, List[int]) is only parsed to be rejected by the AST builder
typeName
    : IDENT (DOT IDENT)? typeArgs?
    ;

typeArgs
    : L_BRACKET type_ (COMMA type_)* COMMA? R_BRACKET
    ;

typeLit
    : arrayType
    | sliceType
    | structType
    | pointerType
    | functionType
    | interfaceType
    | mapType
    | channelType
    ;

arrayType
    : L_BRACKET (expression | ELLIPSIS) R_BRACKET type_
    ;

sliceType
    : L_BRACKET R_BRACKET type_
    ;

pointerType
    : STAR type_
    ;

mapType
    : MAP L_BRACKET type_ R_BRACKET type_
    ;

// "chan<- <-chan int" is chan<- (<-chan int): the optional ARROW is greedy, as the spec's
// "associates with the leftmost chan possible" requires
channelType
    : CHAN ARROW? type_
    | ARROW CHAN type_
    ;

// in expressions "<-chan T" is unary <- applied to "chan T" (re-associated by the AST builder)
operandChanType
    : CHAN ARROW? type_
    ;

functionType
    : FUNC signature
    ;

signature
    : parameters result?
    ;

result
    : parameters
    | type_
    ;

parameters
    : L_PAREN (parameterDecl (COMMA parameterDecl)* COMMA?)? R_PAREN
    ;

parameterDecl
    : IDENT? ELLIPSIS? type_
    ;

structType
    : STRUCT L_CURLY (fieldDecl (SEMI fieldDecl)* SEMI?)? R_CURLY
    ;

fieldDecl
    : (identifierList type_ | embeddedField) tag=stringLit?
    ;

embeddedField
    : STAR? typeName
    ;

interfaceType
    : INTERFACE L_CURLY (interfaceElem (SEMI interfaceElem)* SEMI?)? R_CURLY
    ;

interfaceElem
    : IDENT signature                                 # methodElem
    | typeName                                        # embeddedElem
    | constraintTerm (PIPE constraintTerm)*           # constraintElem
    ;

// ---------------------------------------------------------------- statements

block
    : L_CURLY statementList R_CURLY
    ;

// (not "(statement? SEMI)* statement?": that shape makes every loop decision look ahead over a
// whole statement, which is slow and reports errors in the wrong rule)
statementList
    : statement? (SEMI statement?)*
    ;

statement
    : declaration                               # declStmt
    | IDENT COLON statement?                    # labeledStmt
    | simpleStmt                                # simpleStatement
    | GO expression                             # goStmt
    | DEFER expression                          # deferStmt
    | RETURN expressionList?                    # returnStmt
    | BREAK IDENT?                              # breakStmt
    | CONTINUE IDENT?                           # continueStmt
    | GOTO IDENT                                # gotoStmt
    | FALLTHROUGH                               # fallthroughStmt
    | block                                     # blockStmt
    | ifStmt                                    # ifStatement
    | switchStmt                                # switchStatement
    | selectStmt                                # selectStatement
    | forStmt                                   # forStatement
    ;

simpleStmt
    : lhs=expressionList (
          ARROW send=expression
        | incDec=(INC | DEC)
        | assignOp rhs=expressionList
      )?
    ;

assignOp
    : ASSIGN | DEFINE
    | ADD_ASSIGN | SUB_ASSIGN | MUL_ASSIGN | QUO_ASSIGN | REM_ASSIGN
    | AND_ASSIGN | OR_ASSIGN | XOR_ASSIGN | SHL_ASSIGN | SHR_ASSIGN | AND_NOT_ASSIGN
    ;

// a simple statement in an if/for/switch header; range clauses are only valid in for
simpleStmtNB
    : lhs=expressionListNB (
          ARROW send=expressionNB
        | incDec=(INC | DEC)
        | assignOp (RANGE range=expressionNB | rhs=expressionListNB)
      )?
    | RANGE range=expressionNB
    ;

ifStmt
    : IF init=simpleStmtNB? (SEMI cond=simpleStmtNB?)? block (ELSE (ifStmt | block))?
    ;

switchStmt
    : SWITCH init=simpleStmtNB? (SEMI tag=simpleStmtNB?)? L_CURLY caseClause* R_CURLY
    ;

caseClause
    : (CASE expressionList | DEFAULT) COLON statementList
    ;

selectStmt
    : SELECT L_CURLY commClause* R_CURLY
    ;

commClause
    : (CASE simpleStmt | DEFAULT) COLON statementList
    ;

forStmt
    : FOR (init=simpleStmtNB? (SEMI cond=expressionNB? SEMI post=simpleStmtNB?)?) block
    ;

// ---------------------------------------------------------------- expressions

expression
    : primaryExpr                                                                   # primary
    | op=(PLUS | MINUS | NOT | CARET | STAR | AMP | ARROW) expression               # unary
    | expression op=(STAR | DIV | MOD | SHL | SHR | AMP | AND_NOT) expression       # binary
    | expression op=(PLUS | MINUS | PIPE | CARET) expression                        # binary
    | expression op=(EQL | NEQ | LESS | LEQ | GREATER | GEQ) expression             # binary
    | expression op=LOGICAL_AND expression                                          # binary
    | expression op=LOGICAL_OR expression                                           # binary
    ;

primaryExpr
    : operand                                                   # operandExpr
    | primaryExpr DOT IDENT                                     # selectorExpr
    | primaryExpr DOT L_PAREN (type_ | TYPE) R_PAREN            # typeAssertExpr
    | primaryExpr index                                         # indexExpr
    | primaryExpr arguments                                     # callExpr
    | primaryExpr literalValue                                  # compositeExpr
    ;

// header ("no block") variants: identical except that a bare type name cannot start a
// composite literal (Go: "a composite literal with a bare type name must be parenthesised")
expressionListNB
    : expressionNB (COMMA expressionNB)*
    ;

expressionNB
    : primaryExprNB                                                                 # primaryNB
    | op=(PLUS | MINUS | NOT | CARET | STAR | AMP | ARROW) expressionNB             # unaryNB
    | expressionNB op=(STAR | DIV | MOD | SHL | SHR | AMP | AND_NOT) expressionNB   # binaryNB
    | expressionNB op=(PLUS | MINUS | PIPE | CARET) expressionNB                    # binaryNB
    | expressionNB op=(EQL | NEQ | LESS | LEQ | GREATER | GEQ) expressionNB         # binaryNB
    | expressionNB op=LOGICAL_AND expressionNB                                      # binaryNB
    | expressionNB op=LOGICAL_OR expressionNB                                       # binaryNB
    ;

primaryExprNB
    : operand                                                   # operandExprNB
    | primaryExprNB DOT IDENT                                   # selectorExprNB
    | primaryExprNB DOT L_PAREN (type_ | TYPE) R_PAREN          # typeAssertExprNB
    | primaryExprNB index                                       # indexExprNB
    | primaryExprNB arguments                                   # callExprNB
    ;

index
    : L_BRACKET lo=expression? (c1=COLON hi=expression? (c2=COLON max=expression?)?)? R_BRACKET
    ;

// the list is inline (not expressionList) so that no use of expressionList is followed by a
// comma: otherwise SLL's global follow sets make "return 1, }" end the list at the comma
arguments
    : L_PAREN (expression (COMMA expression)* ELLIPSIS? COMMA?)? R_PAREN
    ;

operand
    : literal                                                   # literalOperand
    | IDENT                                                     # nameOperand
    | L_PAREN expression R_PAREN                                # parenOperand
    | FUNC signature block?                                     # funcOperand
    | typeOperand literalValue?                                 # typeLitOperand
    ;

// type literals usable as operands (pointer types are unary *, func types are funcOperand)
typeOperand
    : arrayType
    | sliceType
    | structType
    | mapType
    | interfaceType
    | operandChanType
    ;

// the UNTERMINATED_* tokens are accepted where literals are, so that the parser goes on like
// Go's and the scanner's error (reported by the Java side) is the one that counts
literal
    : NUMBER
    | RUNE_LIT
    | STRING_LIT
    | RAW_STRING_LIT
    | UNTERMINATED_RUNE
    | UNTERMINATED_STRING
    | UNTERMINATED_RAW
    ;

stringLit
    : STRING_LIT
    | RAW_STRING_LIT
    | UNTERMINATED_STRING
    | UNTERMINATED_RAW
    ;

literalValue
    : L_CURLY (keyedElement (COMMA keyedElement)* COMMA?)? R_CURLY
    ;

keyedElement
    : element (COLON element)?
    ;

element
    : expression
    | literalValue
    ;
