/**
 * The HIPAA Safe Harbor check (45 CFR 164.514(b)(2)(i)): which columns of a dataset hold one of the
 * eighteen kinds of identifiers, judged by column names and a sample of each column's distinct
 * values, with the evidence and a suggested fix (remove the column, or generalize it with a
 * hierarchy that reaches the level Safe Harbor allows). Pure rules on a {@link org.veil.engine.data.Dataset}.
 */
package org.veil.engine.hipaa;
