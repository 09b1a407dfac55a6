package glassgo.compiler.syntax;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Go's {@code checkBranches} (cmd/compile/internal/syntax/branches.go): per function body, checks
 * that every break, continue, goto and fallthrough has a valid target and that every label is
 * used and declared once. Go's compiler reports these from its parser (types2 runs with
 * IgnoreBranchErrors), with these exact texts; they are not "syntax error:"s, so type checking
 * still runs and its errors are merged with these by position.
 *
 * <p>Invariant: one {@code Branches} instance is one function body's label scope (a function
 * literal's body is a separate scope, checked on its own).
 */
public final class Branches {
    /** One diagnostic: position and Go's message. */
    public record Error(Pos pos, String msg) {}

    private final String file;
    private final List<Error> errors = new ArrayList<>();
    private Map<String, Label> labels;

    private static final class Label {
        final Block parent; final Stmt.Labeled lstmt; boolean used;
        Label(Block parent, Stmt.Labeled lstmt) { this.parent = parent; this.lstmt = lstmt; }
    }

    private record Block(Block parent, Pos start, Stmt.Labeled lstmt) {}

    /** breaks: the For/Range/Switch/TypeSwitch/Select statement a plain break leaves; continues: the loop. */
    private record Targets(Stmt breaks, Stmt continues, int caseIndex, int numCases) {}

    private Branches(String file) { this.file = file; }

    /**
     * Checks one function body. {@code file} is the file name as Go prints it in positions
     * embedded in messages (e.g. {@code ./x.go}).
     */
    public static List<Error> check(String file, Stmt.Block body) {
        if (body == null) return List.of();
        Branches ls = new Branches(file);
        List<Stmt.Branch> fwdGotos = ls.blockBranches(null, new Targets(null, null, -1, 0), null, body.pos(), body.list);
        for (Stmt.Branch fwd : fwdGotos) {
            String name = fwd.label.name;
            Label l = ls.labels == null ? null : ls.labels.get(name);
            if (l != null) {
                l.used = true;
                ls.err(fwd.label.pos, "goto " + name + " jumps into block starting at " + ls.at(l.parent.start));
            } else {
                ls.err(fwd.label.pos, "label " + name + " not defined");
            }
        }
        if (ls.labels != null) {
            for (Label l : ls.labels.values()) {
                if (!l.used) ls.err(l.lstmt.label.pos, "label " + l.lstmt.label.name + " defined and not used");
            }
        }
        return ls.errors; // in report order, as Go's checkBranches (the 10-error cutoff counts in that order)
    }

    private String at(Pos p) { return file + ":" + p.go(); }

    private void err(Pos pos, String msg) { errors.add(new Error(pos, msg)); }

    private Label declare(Block b, Stmt.Labeled s) {
        String name = s.label.name;
        if (labels == null) labels = new java.util.LinkedHashMap<>();
        else {
            Label alt = labels.get(name);
            if (alt != null) {
                err(s.label.pos, "label " + name + " already defined at " + at(alt.lstmt.label.pos));
                return alt;
            }
        }
        Label l = new Label(b, s);
        labels.put(name, l);
        return l;
    }

    private Stmt.Labeled gotoTarget(Block b, String name) {
        Label l = labels == null ? null : labels.get(name);
        if (l != null) {
            l.used = true;
            for (; b != null; b = b.parent) if (l.parent == b) return l.lstmt;
        }
        return null;
    }

    private static final Stmt.Labeled INVALID = new Stmt.Labeled(Pos.NONE, null, null);

    private Stmt.Labeled enclosingTarget(Block b, String name) {
        Label l = labels == null ? null : labels.get(name);
        if (l != null) {
            l.used = true;
            for (; b != null; b = b.parent) if (l.lstmt == b.lstmt) return l.lstmt;
            return INVALID;
        }
        return null;
    }

    private List<Stmt.Branch> blockBranches(Block parent, Targets ctxt, Stmt.Labeled lstmt, Pos start, List<Stmt> body) {
        Block b = new Block(parent, start, lstmt);
        Pos[] varPos = {null};
        String[] varName = {null};
        List<Stmt.Branch> fwdGotos = new ArrayList<>();
        List<Stmt.Branch> badGotos = new ArrayList<>();

        List<Stmt> stmtList = trimTrailingEmptyStmts(body);
        for (int stmtIndex = 0; stmtIndex < stmtList.size(); stmtIndex++) {
            Stmt stmt = stmtList.get(stmtIndex);
            Stmt.Labeled cur = null;
            for (;;) {
                if (stmt instanceof Stmt.Labeled s) {
                    if (!s.label.name.equals("_")) {
                        String name = s.label.name;
                        Label l = declare(b, s);
                        List<Stmt.Branch> keep = new ArrayList<>();
                        for (Stmt.Branch fwd : fwdGotos) {
                            if (fwd.label.name.equals(name)) {
                                l.used = true;
                                if (varPos[0] != null && badGotos.contains(fwd)) {
                                    err(fwd.label.pos, "goto " + name + " jumps over declaration of " + varName[0] + " at " + at(varPos[0]));
                                }
                            } else keep.add(fwd);
                        }
                        fwdGotos.clear(); fwdGotos.addAll(keep);
                        cur = s;
                    }
                    stmt = s.stmt;
                    continue;
                }
                break;
            }
            if (stmt instanceof Stmt.DeclStmt ds) {
                if (ds.decl.kind == Decl.GenKind.VAR && !ds.decl.specs.isEmpty() && ds.decl.specs.get(0) instanceof Spec.Value v) {
                    varPos[0] = v.pos; varName[0] = v.names.get(0).name;
                    badGotos.clear(); badGotos.addAll(fwdGotos);
                }
            } else if (stmt instanceof Stmt.Branch s) {
                if (s.label == null) {
                    switch (s.kind) {
                        case BREAK -> { if (ctxt.breaks == null) err(s.pos, "break is not in a loop, switch, or select"); }
                        case CONTINUE -> { if (ctxt.continues == null) err(s.pos, "continue is not in a loop"); }
                        case FALLTHROUGH -> {
                            String msg = "fallthrough statement out of place";
                            boolean ok = false;
                            if (ctxt.breaks instanceof Stmt.TypeSwitch) msg = "cannot fallthrough in type switch";
                            else if (ctxt.breaks instanceof Stmt.Switch) {
                                if (ctxt.caseIndex < 0 || stmtIndex + 1 < stmtList.size()) { /* out of place */ }
                                else if (ctxt.caseIndex + 1 == ctxt.numCases) msg = "cannot fallthrough final case in switch";
                                else ok = true;
                            }
                            if (!ok) err(s.pos, msg);
                        }
                        default -> { }
                    }
                } else {
                    String name = s.label.name;
                    switch (s.kind) {
                        case BREAK -> {
                            Stmt.Labeled t = enclosingTarget(b, name);
                            if (t != null) {
                                if (!(t.stmt instanceof Stmt.Switch || t.stmt instanceof Stmt.TypeSwitch || t.stmt instanceof Stmt.Select
                                        || t.stmt instanceof Stmt.For || t.stmt instanceof Stmt.Range)) {
                                    err(s.label.pos, "invalid break label " + name);
                                }
                            } else err(s.label.pos, "break label not defined: " + name);
                        }
                        case CONTINUE -> {
                            Stmt.Labeled t = enclosingTarget(b, name);
                            if (t != null) {
                                if (!(t.stmt instanceof Stmt.For || t.stmt instanceof Stmt.Range)) err(s.label.pos, "invalid continue label " + name);
                            } else err(s.label.pos, "continue label not defined: " + name);
                        }
                        case GOTO -> { if (gotoTarget(b, name) == null) fwdGotos.add(s); }
                        default -> { }
                    }
                }
            } else if (stmt instanceof Stmt.Assign s) {
                if (s.op == Op.DEFINE) {
                    varPos[0] = s.pos; varName[0] = ExprPrinter.print(s.lhs);
                    badGotos.clear(); badGotos.addAll(fwdGotos);
                }
            } else if (stmt instanceof Stmt.Block s) {
                fwdGotos.addAll(blockBranches(b, new Targets(ctxt.breaks, ctxt.continues, -1, 0), cur, s.pos(), s.list));
            } else if (stmt instanceof Stmt.If s) {
                Targets inner = new Targets(ctxt.breaks, ctxt.continues, -1, 0);
                fwdGotos.addAll(blockBranches(b, inner, cur, s.then.pos(), s.then.list));
                if (s.els != null) fwdGotos.addAll(blockBranches(b, inner, cur, s.els.pos(), List.of(s.els)));
            } else if (stmt instanceof Stmt.For s) {
                fwdGotos.addAll(blockBranches(b, new Targets(s, s, -1, 0), cur, s.body.pos(), s.body.list));
            } else if (stmt instanceof Stmt.Range s) {
                fwdGotos.addAll(blockBranches(b, new Targets(s, s, -1, 0), cur, s.body.pos(), s.body.list));
            } else if (stmt instanceof Stmt.Switch s) {
                for (int i = 0; i < s.clauses.size(); i++) {
                    CaseClause cc = s.clauses.get(i);
                    fwdGotos.addAll(blockBranches(b, new Targets(s, ctxt.continues, i, s.clauses.size()), cur, cc.pos, cc.body));
                }
            } else if (stmt instanceof Stmt.TypeSwitch s) {
                for (int i = 0; i < s.clauses.size(); i++) {
                    CaseClause cc = s.clauses.get(i);
                    fwdGotos.addAll(blockBranches(b, new Targets(s, ctxt.continues, i, s.clauses.size()), cur, cc.pos, cc.body));
                }
            } else if (stmt instanceof Stmt.Select s) {
                for (CommClause cc : s.clauses) {
                    fwdGotos.addAll(blockBranches(b, new Targets(s, ctxt.continues, -1, 0), cur, cc.pos, cc.body));
                }
            }
        }
        return fwdGotos;
    }

    private static List<Stmt> trimTrailingEmptyStmts(List<Stmt> list) {
        for (int i = list.size(); i > 0; i--) {
            if (!(list.get(i - 1) instanceof Stmt.Empty)) return list.subList(0, i);
        }
        return List.of();
    }
}
