package org.vigil.ontology;

import org.vigil.event.Acled;

/** Renders the ontology as the Markdown table in docs/ONTOLOGY.md, so the document is made from the data. */
public final class OntologyTable {
    /** The lines that enclose the generated table in docs/ONTOLOGY.md. */
    public static final String BEGIN = "<!-- modes table: generated from modes.tsv by OntologyTable; do not edit by hand -->";
    public static final String END = "<!-- end of modes table -->";

    private OntologyTable() {
    }

    public static String markdown(Ontology ontology) {
        StringBuilder b = new StringBuilder();
        b.append("| Type | Mode | CAMEO | ACLED event type: sub-event type | ACLED instead, when | GTD attack type | Also called | Covers |\n");
        b.append("|---|---|---|---|---|---|---|---|\n");
        for (Mode m : ontology.modes()) {
            b.append("| ").append(m.type()).append(" | ").append(m.isDefault() ? "**" + m.name() + "** (default)" : m.name())
                    .append(" | ").append(m.cameo()).append(" (").append(m.cameoRoot()).append(")")
                    .append(" | ").append(m.acled().map(OntologyTable::acled).orElse("–"))
                    .append(" | ").append(m.acledAlternative().map(a -> acled(a) + ", when "
                            + m.alternativeWhen().get().label().replace('_', ' ')).orElse("–"))
                    .append(" | ").append(m.gtdAttackType().orElse("–"))
                    .append(" | ").append(m.synonyms().isEmpty() ? "–" : String.join(", ", m.synonyms()))
                    .append(" | ").append(m.description().replace("|", "/"))
                    .append(" |\n");
        }
        return b.toString();
    }

    private static String acled(Acled a) {
        return a.eventType() + ": " + a.subEventType();
    }
}
