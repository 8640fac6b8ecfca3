package org.vigil.extract;

/**
 * A stretch of a sentence that can report an event of its own: "The strikes came | three days after TTP fighters
 * attacked a checkpoint", "The university lies 30 km from Peshawar, | where militants killed 140 people in 2014".
 *
 * @param from       first token (index into the document's token list)
 * @param to         token after the last
 * @param link       how the clause is tied to the one before it
 * @param offsetDays for {@link Link#DAYS_AFTER}/{@link Link#DAYS_BEFORE}: the number of days ("three days after")
 */
public record Clause(int sentence, int from, int to, Link link, int offsetDays) {
    public enum Link {
        /** The first clause of a sentence, or one joined without a marker that matters. */
        NONE,
        /** ", where ...": happens at the last place of the clause before. */
        WHERE,
        /** "N days after ...": this clause's event happened N days before the previous clause's event. */
        DAYS_AFTER,
        /** "N days before ...": this clause's event happened N days after the previous clause's event. */
        DAYS_BEFORE,
        /** "... and hours later ...": this clause's event happened N days after the previous clause's event. */
        DAYS_LATER
    }
}
