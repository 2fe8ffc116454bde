package org.innoport.indicators.formula;

import java.util.List;

/** The syntax tree of a formula. */
public sealed interface Expr {

    record Num(double value) implements Expr { }

    /** {@code years}: the length of the period being computed. */
    record Years() implements Expr { }

    record Ref(String code, String area, Selector selector) implements Expr { }

    record Negate(Expr operand) implements Expr { }

    record Binary(char operator, Expr left, Expr right) implements Expr { }

    record Call(String function, List<Expr> arguments) implements Expr { }
}
